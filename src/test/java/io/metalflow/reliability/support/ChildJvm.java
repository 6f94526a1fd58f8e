package io.metalflow.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM started by a test, its stdout and stderr appended to one log file. {@link #stop} sends
 * SIGTERM (a graceful shutdown), {@link #kill} SIGKILL ({@link Process#destroyForcibly()}).
 */
public final class ChildJvm {

  private final String name;
  private final Process process;
  private final Path log;
  private final long logStart;

  ChildJvm(String name, Process process, Path log, long logStart) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.logStart = logStart;
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public Path log() {
    return log;
  }

  /**
   * Waits until this JVM's output (since it started) has a line matching {@code pattern}.
   *
   * @throws IllegalStateException when the JVM exits first or the time is up; the message holds the
   *     end of the log
   */
  public Matcher awaitLine(Pattern pattern, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Optional<Matcher> found = find(pattern);
      if (found.isPresent()) {
        return found.get();
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            name + " exited with " + process.exitValue() + " before printing " + pattern + tail());
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(name + " did not print " + pattern + " in time" + tail());
      }
      Waits.sleep(Duration.ofMillis(200));
    }
  }

  private Optional<Matcher> find(Pattern pattern) {
    for (String line : output().split("\n")) {
      Matcher m = pattern.matcher(line);
      if (m.find()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** What this JVM printed since it started. */
  public String output() {
    try {
      byte[] all = Files.readAllBytes(log);
      int from = (int) Math.min(logStart, all.length);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines of the output, for failure messages. */
  public String tail() {
    String[] lines = output().split("\n");
    int from = Math.max(0, lines.length - 40);
    return "\n--- last lines of "
        + log
        + " ---\n"
        + String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
  }

  /** SIGTERM, then waits up to {@code grace} for the exit; SIGKILL when it does not come. */
  public int stop(Duration grace) {
    process.destroy();
    if (!waitFor(grace)) {
      return kill();
    }
    return process.exitValue();
  }

  /** SIGKILL and wait for the exit: the JVM gets no chance to clean up. */
  public int kill() {
    process.destroyForcibly();
    if (!waitFor(Duration.ofSeconds(30))) {
      throw new IllegalStateException(name + " (pid " + pid() + ") survived SIGKILL");
    }
    return process.exitValue();
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
