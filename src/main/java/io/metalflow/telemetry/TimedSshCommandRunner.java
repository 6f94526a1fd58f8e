package io.metalflow.telemetry;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshTunnel;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;

/**
 * An {@link SshCommandRunner} that times every {@link #run} as {@value #NAME}, tagged {@code
 * program} (see {@link SshPrograms}), {@code outcome} ({@code success}, {@code failed} for exit
 * 1–125, {@code not_runnable} for 126/127, {@code signal} for a command killed or exiting above
 * 128, {@code exception} when the runner threw) and {@code exception} ({@code none} or the
 * exception's simple name). Results and exceptions pass through unchanged; uploads, removals and
 * tunnels are delegated untimed.
 */
final class TimedSshCommandRunner implements SshCommandRunner {

  /** The timer's name; Prometheus shows {@code metalflow_ssh_commands_seconds_*}. */
  static final String NAME = "metalflow.ssh.commands";

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(100),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(30)
  };

  private final SshCommandRunner delegate;
  private final MeterRegistry registry;

  TimedSshCommandRunner(SshCommandRunner delegate, MeterRegistry registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  SshCommandRunner delegate() {
    return delegate;
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    Timer.Sample sample = Timer.start(registry);
    try {
      CommandResult result = delegate.run(argv, timeout);
      sample.stop(timer(argv, outcome(result.exitCode()), "none"));
      return result;
    } catch (RuntimeException e) {
      sample.stop(timer(argv, "exception", e.getClass().getSimpleName()));
      throw e;
    }
  }

  @Override
  public void upload(String remotePath, byte[] content, int mode) {
    delegate.upload(remotePath, content, mode);
  }

  @Override
  public void remove(String remotePath) {
    delegate.remove(remotePath);
  }

  @Override
  public SshTunnel openTunnel(String targetHost, int targetPort) {
    return delegate.openTunnel(targetHost, targetPort);
  }

  static String outcome(int exitCode) {
    if (exitCode == 0) {
      return "success";
    }
    if (exitCode == 126 || exitCode == 127) {
      return "not_runnable";
    }
    return exitCode < 0 || exitCode > 128 ? "signal" : "failed";
  }

  private Timer timer(List<String> argv, String outcome, String exception) {
    return Timer.builder(NAME)
        .description("Commands run on the main host over SSH")
        .tags(Tags.of("program", SshPrograms.of(argv), "outcome", outcome, "exception", exception))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }

  @Override
  public String toString() {
    return "TimedSshCommandRunner[" + delegate + "]";
  }
}
