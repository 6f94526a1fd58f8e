package io.metalflow.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RemoteJobs} through the {@code metalflow-run} wrapper script, which it installs (SFTP,
 * mode 0755) when {@code version} does not answer {@code metalflow-run 2}; an old wrapper (version
 * 1 has no {@code stop}) is removed first, so a job still running under it keeps reading its own
 * copy. Every answer is parsed strictly: anything unexpected is an {@link SshException} carrying
 * the text. Thread-safe.
 */
public final class ShellRemoteJobs implements RemoteJobs {

  static final String WRAPPER = ".metalflow/bin/metalflow-run";
  static final String VERSION = "metalflow-run 2";

  /** How long {@link #stop} lets a job clean up after SIGINT unless told otherwise. */
  public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(60);

  /** What the wrapper may take after the grace: SIGTERM's 10 s, SIGKILL's 5 s, and slack. */
  private static final Duration STOP_ESCALATION = Duration.ofSeconds(30);

  private static final int EXECUTABLE = 0755;
  private static final int NOT_FOUND = 127;
  private static final Pattern EXITED = Pattern.compile("exited (-?\\d{1,9})");

  private static final Logger log = LoggerFactory.getLogger(ShellRemoteJobs.class);

  private final SshCommandRunner ssh;
  private final String host;
  private final Duration timeout;
  private final Duration stopGrace;
  private volatile boolean installed;

  public ShellRemoteJobs(SshCommandRunner ssh, String host, Duration timeout) {
    this(ssh, host, timeout, DEFAULT_STOP_GRACE);
  }

  /**
   * @param stopGrace how long {@link #stop} waits after SIGINT before it sends SIGTERM (whole
   *     seconds, at least one)
   */
  public ShellRemoteJobs(SshCommandRunner ssh, String host, Duration timeout, Duration stopGrace) {
    if (stopGrace.toSeconds() < 1) {
      throw new IllegalArgumentException("a stop grace needs at least one second: " + stopGrace);
    }
    this.ssh = ssh;
    this.host = host;
    this.timeout = timeout;
    this.stopGrace = stopGrace;
  }

  @Override
  public boolean start(RunId runId, List<String> argv) {
    if (argv == null || argv.isEmpty()) {
      throw new IllegalArgumentException("a job needs a command");
    }
    List<String> command = new ArrayList<>(List.of("start", runId.value(), "--"));
    command.addAll(argv);
    CommandResult result = wrapper(command, timeout);
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
    CommandResult result = wrapper(List.of("status", runId.value()), timeout);
    String answer = expectSuccess(result, "status " + runId);
    if (answer.equals("running")) {
      return JobStatus.running();
    }
    return ended(answer).orElseThrow(() -> unexpected("status " + runId, result));
  }

  /**
   * Stops the job as Ctrl-C would, escalating to SIGTERM after the stop grace and to SIGKILL 10 s
   * later, and returns its final status (one more round trip when the wrapper answers {@code
   * stopped}). The call blocks for up to the grace plus about 15 s.
   */
  @Override
  public JobStatus stop(RunId runId) {
    List<String> command = List.of("stop", runId.value(), Long.toString(stopGrace.toSeconds()));
    CommandResult result = wrapper(command, timeout.plus(stopGrace).plus(STOP_ESCALATION));
    String answer = expectSuccess(result, "stop " + runId);
    if (answer.equals("stopped " + runId)) {
      log.info("stopped job {}", runId);
      return status(runId);
    }
    return ended(answer).orElseThrow(() -> unexpected("stop " + runId, result));
  }

  /** {@code exited N} or {@code unknown}. */
  private static Optional<JobStatus> ended(String answer) {
    if (answer.equals("unknown")) {
      return Optional.of(JobStatus.unknown());
    }
    Matcher exited = EXITED.matcher(answer);
    if (exited.matches()) {
      return Optional.of(JobStatus.exited(Integer.parseInt(exited.group(1))));
    }
    return Optional.empty();
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
    CommandResult result = wrapper(List.of("log", runId.value(), Long.toString(offset)), timeout);
    if (result.exitCode() == 1
        && result.stderr().strip().equals("metalflow-run: unknown run " + runId)) {
      throw new UnknownRunException(host, runId);
    }
    if (result.exitCode() != 0) {
      throw unexpected("log " + runId, result);
    }
    return result.stdout();
  }

  /**
   * Installs the wrapper unless the installed one answers the expected version. An old one is
   * removed before the upload rather than overwritten in place: a shell still running a job under
   * it reads the script as it goes, and keeps the removed file's content.
   */
  void ensureInstalled() {
    CommandResult version = ssh.run(List.of(WRAPPER, "version"), timeout);
    if (version.exitCode() == 0 && version.stdout().strip().equals(VERSION)) {
      installed = true;
      return;
    }
    log.info("installing {} on {} (it answered exit {})", WRAPPER, host, version.exitCode());
    if (version.exitCode() != NOT_FOUND) {
      ssh.remove(WRAPPER);
    }
    ssh.upload(WRAPPER, script(), EXECUTABLE);
    installed = true;
  }

  private CommandResult wrapper(List<String> arguments, Duration wait) {
    if (!installed) {
      ensureInstalled();
    }
    List<String> argv = new ArrayList<>(List.of(WRAPPER));
    argv.addAll(arguments);
    CommandResult result = ssh.run(argv, wait);
    if (result.exitCode() == NOT_FOUND) {
      ensureInstalled();
      result = ssh.run(argv, wait);
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
