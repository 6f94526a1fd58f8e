package io.metalflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The files of one test class's run: a fresh temp data dir under {@code target/e2e} (lab state, H2,
 * admin password) and the log file Metalflow writes there. Logging is configured before any test
 * property source is read, so the log file is handed over as the system property {@code
 * logging.file.name} and Logback is marked for configuration again; create this before the Spring
 * context starts (a static field read by {@code @DynamicPropertySource}) and {@link #close()} it
 * after the class.
 */
final class LabRunFiles implements AutoCloseable {

  private static final String LOG_FILE_PROPERTY = "logging.file.name";
  private static final Path ROOT = Path.of("target", "e2e");

  private final Path dataDir;
  private final Path logFile;
  private final String adminPassword = "Lab-" + UUID.randomUUID();

  private LabRunFiles(Path dataDir) {
    this.dataDir = dataDir;
    this.logFile = dataDir.resolve("logs").resolve("metalflow.log");
  }

  static LabRunFiles create(String name) {
    try {
      Files.createDirectories(ROOT);
      LabRunFiles files =
          new LabRunFiles(Files.createTempDirectory(ROOT, name + "-").toAbsolutePath());
      System.setProperty(LOG_FILE_PROPERTY, files.logFile.toString());
      // Spring Boot configures Logback once per JVM while an earlier test's context is cached;
      // marking it uninitialized makes this class's context configure it again, with our file.
      LoggingSystem.get(LabRunFiles.class.getClassLoader()).cleanUp();
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path dataDir() {
    return dataDir;
  }

  Path logFile() {
    return logFile;
  }

  /** The admin password this run configures ({@code metalflow.admin.password}). */
  String adminPassword() {
    return adminPassword;
  }

  /** {@code consumer_key:token_key:token_secret} as the lab wrote it for Metalflow. */
  String maasApiKey() {
    return read(dataDir.resolve("lab").resolve("maas-api-key")).strip();
  }

  List<String> logLines() {
    try {
      return Files.readAllLines(logFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops handing the log file to contexts started later; the files stay for a post-mortem. */
  @Override
  public void close() {
    if (logFile.toString().equals(System.getProperty(LOG_FILE_PROPERTY))) {
      System.clearProperty(LOG_FILE_PROPERTY);
    }
  }
}
