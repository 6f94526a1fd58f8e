package io.metalflow.telemetry;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code mainHost} in {@code /actuator/health}: UP when {@code mkdir -p .metalflow} runs on the
 * main host over SSH within {@code timeout} and exits 0. That proves the login, a command channel
 * and Metalflow's working directory in the home (idempotent: the directory Metalflow keeps its job
 * wrapper and runs in; it is created if missing, as Metalflow would anyway). The lab's main host
 * emulates only the programs Metalflow runs, so a probe like {@code echo} would not do. Details:
 * {@code host} ({@code host:port}); when DOWN, the exception class, its message (for an unknown or
 * changed host key that names the offered key's fingerprint) and whether a retry may help, or the
 * exit code and stderr. Never shows key material. The answer is kept for {@code cacheFor}, so an
 * unauthenticated health endpoint cannot make Metalflow open SSH sessions at will.
 */
final class MainHostHealthIndicator implements HealthIndicator {

  static final List<String> PROBE = List.of("mkdir", "-p", ".metalflow");

  private static final int MAX_STDERR = 300;

  private final SshCommandRunner ssh;
  private final String address;
  private final Duration timeout;
  private final Clock clock;
  private final Duration cacheFor;
  private Health last;
  private Instant lastAt;

  MainHostHealthIndicator(
      SshCommandRunner ssh, String address, Duration timeout, Clock clock, Duration cacheFor) {
    this.ssh = ssh;
    this.address = address;
    this.timeout = timeout;
    this.clock = clock;
    this.cacheFor = cacheFor;
  }

  @Override
  public synchronized Health health() {
    Instant now = clock.instant();
    if (last == null || !now.isBefore(lastAt.plus(cacheFor))) {
      last = probe();
      lastAt = now;
    }
    return last;
  }

  private Health probe() {
    Health.Builder health = Health.unknown().withDetail("host", address);
    try {
      CommandResult result = ssh.run(PROBE, timeout);
      if (result.succeeded()) {
        return health.up().build();
      }
      return health
          .down()
          .withDetail("exitCode", result.exitCode())
          .withDetail("stderr", abbreviate(result.stderr().strip()))
          .build();
    } catch (SshException e) {
      return down(health, e).withDetail("retryable", e.isRetryable()).build();
    } catch (RuntimeException e) {
      return down(health, e).build();
    }
  }

  private static Health.Builder down(Health.Builder health, RuntimeException e) {
    return health
        .down()
        .withDetail("error", e.getClass().getSimpleName())
        .withDetail("message", String.valueOf(e.getMessage()));
  }

  private static String abbreviate(String text) {
    return text.length() <= MAX_STDERR ? text : text.substring(0, MAX_STDERR) + "…";
  }
}
