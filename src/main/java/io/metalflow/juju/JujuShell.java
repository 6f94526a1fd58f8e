package io.metalflow.juju;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs juju argument lists on the main host and turns non-zero exits into {@link
 * JujuCommandFailedException}. Logs only the sub-command and exit code: arguments may hold config
 * values and output may hold secrets.
 */
final class JujuShell {

  private static final Logger log = LoggerFactory.getLogger(JujuShell.class);

  private final SshCommandRunner runner;
  private final String binary;
  private final Duration timeout;

  JujuShell(SshCommandRunner runner, String binary, Duration timeout) {
    this.runner = runner;
    this.binary = binary;
    this.timeout = timeout;
  }

  SshCommandRunner runner() {
    return runner;
  }

  /** A new argument list starting with the juju binary. */
  JujuArgv juju(String... args) {
    return new JujuArgv(binary).add(args);
  }

  /** Runs argv as is; transport failures propagate as SSH exceptions. */
  CommandResult run(List<String> argv) {
    CommandResult result = runner.run(argv, timeout);
    log.debug(
        "{} {} exited {}", argv.get(0), argv.size() > 1 ? argv.get(1) : "", result.exitCode());
    return result;
  }

  /** Runs argv and returns its stdout; a non-zero exit is a {@link JujuCommandFailedException}. */
  String stdout(JujuArgv argv) {
    CommandResult result = run(argv.list());
    if (!result.succeeded()) {
      throw failed(argv, result, UnaryOperator.identity());
    }
    return result.stdout();
  }

  /**
   * Runs argv; true when it succeeded, false when it failed with stderr containing {@code
   * alreadyDone} (the thing exists), otherwise a {@link JujuCommandFailedException}.
   */
  boolean tolerating(JujuArgv argv, String alreadyDone) {
    return tolerating(argv, alreadyDone, UnaryOperator.identity());
  }

  /** As above, with {@code redact} applied to both streams before they reach an exception. */
  boolean tolerating(JujuArgv argv, String alreadyDone, UnaryOperator<String> redact) {
    CommandResult result = run(argv.list());
    if (result.succeeded()) {
      return true;
    }
    if (result.stderr().contains(alreadyDone)) {
      return false;
    }
    throw failed(argv, result, redact);
  }

  static JujuCommandFailedException failed(
      JujuArgv argv, CommandResult result, UnaryOperator<String> redact) {
    return new JujuCommandFailedException(
        argv.redacted(),
        result.exitCode(),
        redact.apply(result.stdout()),
        redact.apply(result.stderr()));
  }
}
