package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.metalflow.ssh.RunId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Run ids name directories on the main host, so both sides hold them to {@code
 * [a-z0-9][a-z0-9-]{0,62}}: {@link RunId} refuses anything else without echoing it, and the real
 * job wrapper script (run here with {@code sh}) refuses it with exit 2 and creates nothing.
 */
class RunIdSafetyTest {

  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  @Property(tries = 200)
  void runIdAcceptsExactlyTheSafePattern(@ForAll("candidates") String candidate) {
    Throwable refused = catchThrowable(() -> new RunId(candidate));

    if (SAFE.matcher(candidate).matches()) {
      assertThat(refused).isNull();
    } else {
      assertThat(refused)
          .isInstanceOf(IllegalArgumentException.class)
          .as("a fixed sentence that does not echo the value")
          .hasMessage(
              "invalid run id: use 1 to 63 lower-case letters, digits and dashes, starting with a"
                  + " letter or digit");
    }
  }

  @Property(tries = 25)
  void theWrapperScriptRefusesUnsafeRunIdsAndCreatesNothing(@ForAll("unsafe") String runId)
      throws Exception {
    Path base = Files.createTempDirectory("metalflow-run-");
    try {
      refusedByTheScript(base, runId);
    } finally {
      org.springframework.util.FileSystemUtils.deleteRecursively(base);
    }
  }

  private void refusedByTheScript(Path base, String runId) throws Exception {
    Path script = base.resolve("bin/metalflow-run");
    Files.createDirectories(script.getParent());
    try (InputStream in = getClass().getResourceAsStream("/io/metalflow/ssh/metalflow-run")) {
      Files.write(script, in.readAllBytes());
    }
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));

    for (List<String> args :
        List.of(List.of("start", runId, "--", "touch", "pwned"), List.of("status", runId))) {
      Result result = run(base, script, args);

      assertThat(result.exitCode()).as(args.toString()).isEqualTo(2);
      assertThat(result.stderr()).isEqualTo("metalflow-run: invalid run id\n");
    }
    try (Stream<Path> created = Files.walk(base)) {
      assertThat(created.map(base::relativize).map(Path::toString))
          .containsExactlyInAnyOrder("", "bin", "bin/metalflow-run");
    }
  }

  @Provide
  Arbitrary<String> candidates() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMaxLength(70),
        Arbitraries.strings().all().ofMaxLength(20),
        unsafe());
  }

  @Provide
  Arbitrary<String> unsafe() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "../x",
            "..",
            ".",
            "-rf",
            "a/b",
            "A",
            "boot 1",
            "boot;id",
            "$(id)",
            "`id`",
            "a\nb",
            "x".repeat(64),
            "boot-\u00fc",
            "*",
            "~root"),
        Arbitraries.strings().withChars("./;$`' \n*?~").ofMinLength(1).ofMaxLength(10));
  }

  private record Result(int exitCode, String stderr) {}

  private static Result run(Path base, Path script, List<String> args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("sh", script.toString()));
    command.addAll(args);
    Process process =
        new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(false).start();
    process.getOutputStream().close();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("metalflow-run did not end");
    }
    return new Result(
        process.exitValue(),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
