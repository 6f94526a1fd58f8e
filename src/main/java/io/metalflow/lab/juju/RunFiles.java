package io.metalflow.lab.juju;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The files of one wrapper run, {@code .metalflow/runs/RUN_ID/}: lines appended to its log, its
 * exit.
 */
final class RunFiles {

  private RunFiles() {}

  static void appendLog(Path dir, String line) {
    try {
      Files.writeString(
          dir.resolve("log"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the log of run " + dir.getFileName(), e);
    }
  }

  /** Writes the exit code unless one is recorded already: the first end wins, as on disk. */
  static void recordExit(Path dir, int code) {
    try {
      Files.writeString(dir.resolve("exit"), code + "\n", StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      // the job or a stop recorded its end first
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record the end of run " + dir.getFileName(), e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
