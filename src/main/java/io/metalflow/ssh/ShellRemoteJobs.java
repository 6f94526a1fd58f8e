package io.metalflow.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RemoteJobs} through the {@code metalflow-run} wrapper script, which it installs (SFTP,
 * mode 0755) when {@code version} does not answer {@code metalflow-run 1}. Every answer is parsed
 * strictly: anything unexpected is an {@link SshException} carrying the text. Thread-safe.
 */
public final class ShellRemoteJobs implements RemoteJobs {

  static final String WRAPPER = ".metalflow/bin/metalflow-run";
  static final String VERSION = "metalflow-run 1";
  private static final int EXECUTABLE = 0755;
  private static final int NOT_FOUND = 127;
  private static final Pattern EXITED = Pattern.compile("exited (-?\\d{1,9})");

  private static final Logger log = LoggerFactory.getLogger(ShellRemoteJobs.class);

  private final SshCommandRunner ssh;
  private final String host;
  private final Duration timeout;
  private volatile boolean installed;

  public ShellRemoteJobs(SshCommandRunner ssh, String host, Duration timeout) {
    this.ssh = ssh;
    this.host = host;
    this.timeout = timeout;
  }

  @Override
  public boolean start(RunId runId, List<String> argv) {
    if (argv == null || argv.isEmpty()) {
      throw new IllegalArgumentException("a job needs a command");
    }
    List<String> command = new ArrayList<>(List.of("start", runId.value(), "--"));
    command.addAll(argv);
    CommandResult result = wrapper(command);
    String answer = expectSuccess(result, "start " + runId);
    if (answer.equals("started " + runId)) {
      log.info("started job {} ({})", runId, argv.get(0));
      return true;
    }
    if (answer.equals("exists " + runId)) {
      return false;
    }
    throw unexpected("start " + runId, result);
  }

  @Override
  public JobStatus status(RunId runId) {
    CommandResult result = wrapper(List.of("status", runId.value()));
    String answer = expectSuccess(result, "status " + runId);
    if (answer.equals("running")) {
      return JobStatus.running();
    }
    if (answer.equals("unknown")) {
      return JobStatus.unknown();
    }
    Matcher exited = EXITED.matcher(answer);
    if (exited.matches()) {
      return JobStatus.exited(Integer.parseInt(exited.group(1)));
    }
    throw unexpected("status " + runId, result);
  }

  /**
   * The log from byte {@code offset} on, decoded as UTF-8: advance the next offset by the UTF-8
   * byte length of what was returned. An unknown run is an {@link UnknownRunException}.
   */
  @Override
  public String log(RunId runId, long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("a log offset cannot be negative: " + offset);
    }
    CommandResult result = wrapper(List.of("log", runId.value(), Long.toString(offset)));
    if (result.exitCode() == 1
        && result.stderr().strip().equals("metalflow-run: unknown run " + runId)) {
      throw new UnknownRunException(host, runId);
    }
    if (result.exitCode() != 0) {
      throw unexpected("log " + runId, result);
    }
    return result.stdout();
  }

  /** Installs the wrapper unless the installed one answers the expected version. */
  void ensureInstalled() {
    CommandResult version = ssh.run(List.of(WRAPPER, "version"), timeout);
    if (version.exitCode() == 0 && version.stdout().strip().equals(VERSION)) {
      installed = true;
      return;
    }
    log.info("installing {} on {} (it answered exit {})", WRAPPER, host, version.exitCode());
    ssh.upload(WRAPPER, script(), EXECUTABLE);
    installed = true;
  }

  private CommandResult wrapper(List<String> arguments) {
    if (!installed) {
      ensureInstalled();
    }
    List<String> argv = new ArrayList<>(List.of(WRAPPER));
    argv.addAll(arguments);
    CommandResult result = ssh.run(argv, timeout);
    if (result.exitCode() == NOT_FOUND) {
      ensureInstalled();
      result = ssh.run(argv, timeout);
    }
    return result;
  }

  private String expectSuccess(CommandResult result, String what) {
    if (result.exitCode() != 0 || !result.stdout().endsWith("\n")) {
      throw unexpected(what, result);
    }
    String answer = result.stdout().substring(0, result.stdout().length() - 1);
    if (answer.contains("\n")) {
      throw unexpected(what, result);
    }
    return answer;
  }

  private SshException unexpected(String what, CommandResult result) {
    return new SshException(
        host,
        "unexpected answer from metalflow-run "
            + what
            + " on "
            + host
            + ": exit "
            + result.exitCode()
            + ", stdout '"
            + result.stdout().strip()
            + "', stderr '"
            + result.stderr().strip()
            + "'",
        null);
  }

  static byte[] script() {
    try (InputStream in = ShellRemoteJobs.class.getResourceAsStream("metalflow-run")) {
      if (in == null) {
        throw new IllegalStateException("metalflow-run is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read metalflow-run from the classpath", e);
    }
  }
}
