package io.metalflow.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A fresh data directory per run under {@code target/reliability/}, kept after the test so the
 * JVMs' logs and the lab's state can be read when something fails.
 */
public final class RunDirectory {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HHmmss-SSS");

  private RunDirectory() {}

  public static Path create(String name) {
    Path dir =
        Path.of("target", "reliability", name + "-" + LocalDateTime.now().format(STAMP))
            .toAbsolutePath();
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
