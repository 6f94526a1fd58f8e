package io.metalflow.reliability.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How a test starts Metalflow in another JVM: from the packaged jar ({@code
 * target/metalflow-*.jar}, built by {@code package}, so present under failsafe) or from the test's
 * classpath with {@code io.metalflow.MetalflowApplication} as main class. The test classes
 * directory is left out of the child's classpath so the child reads the production {@code
 * application.yaml} only.
 */
public final class JvmLauncher {

  static final String MAIN_CLASS = "io.metalflow.MetalflowApplication";
  private static final List<String> JVM_OPTIONS =
      List.of(
          "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true");

  private final List<String> launch;
  private final String description;

  private JvmLauncher(List<String> launch, String description) {
    this.launch = List.copyOf(launch);
    this.description = description;
  }

  /** {@code java -cp <test classpath without test classes> io.metalflow.MetalflowApplication}. */
  public static JvmLauncher testClasspath() {
    return new JvmLauncher(List.of("-cp", childClasspath(), MAIN_CLASS), "test classpath");
  }

  /** {@code java -jar target/metalflow-*.jar}; empty when the jar is not built. */
  public static Optional<JvmLauncher> packagedJar() {
    return findJar().map(jar -> new JvmLauncher(List.of("-jar", jar.toString()), jar.toString()));
  }

  /** The packaged jar when it exists, else the test classpath. */
  public static JvmLauncher preferJar() {
    return packagedJar().orElseGet(JvmLauncher::testClasspath);
  }

  public String description() {
    return description;
  }

  /** Starts the JVM with {@code args}, {@code env} added, output appended to {@code log}. */
  public ChildJvm start(String name, List<String> args, Map<String, String> env, Path log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(launch);
    command.addAll(args);
    try {
      Files.createDirectories(log.getParent());
      long start = Files.exists(log) ? Files.size(log) : 0;
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(env);
      return new ChildJvm(name, builder.start(), log, start);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  private static Optional<Path> findJar() {
    Path target = Path.of("target");
    if (!Files.isDirectory(target)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().matches("metalflow-.*\\.jar"))
          .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
          .filter(p -> !p.getFileName().toString().endsWith(".original"))
          .findFirst()
          .map(Path::toAbsolutePath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Surefire/failsafe publish the real test classpath; the IDE puts it in java.class.path. */
  static String childClasspath() {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.stream(classpath.split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
        .collect(Collectors.joining(File.pathSeparator));
  }
}
