package io.metalflow.juju;

import java.util.List;

/** A juju command exited non-zero. Carries the argv (no secrets), exit code and both streams. */
public class JujuCommandFailedException extends JujuException {

  private final List<String> argv;
  private final int exitCode;
  private final String stdout;
  private final String stderr;

  public JujuCommandFailedException(List<String> argv, int exitCode, String stdout, String stderr) {
    super(
        "juju "
            + String.join(" ", argv.subList(Math.min(1, argv.size()), argv.size()))
            + " exited "
            + exitCode
            + ": "
            + firstErrorLine(stderr));
    this.argv = List.copyOf(argv);
    this.exitCode = exitCode;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  static String firstErrorLine(String stderr) {
    return stderr.lines().filter(l -> l.startsWith("ERROR")).findFirst().orElse(stderr.strip());
  }

  public List<String> argv() {
    return argv;
  }

  public int exitCode() {
    return exitCode;
  }

  public String stdout() {
    return stdout;
  }

  public String stderr() {
    return stderr;
  }
}
