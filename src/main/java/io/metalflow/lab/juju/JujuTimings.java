package io.metalflow.lab.juju;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the lab's juju takes for each step. MAAS's own deployment time is the MAAS simulator's
 * business; these are Juju's parts around it.
 *
 * @param step pause between bootstrap and destroy progress lines
 * @param maasPoll interval between two reads of a deploying MAAS machine (Juju: 10 s)
 * @param deployTimeout how long to wait for a MAAS machine to reach Deployed ({@code
 *     bootstrap-timeout}, 20 min on Juju)
 * @param agentStart from Deployed to the machine agent running
 * @param hook duration of one charm hook (install, start, relation)
 */
public record JujuTimings(
    Duration step, Duration maasPoll, Duration deployTimeout, Duration agentStart, Duration hook) {

  private static final Duration MIN_POLL = Duration.ofMillis(5);

  public JujuTimings {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(deployTimeout, "deployTimeout");
    Objects.requireNonNull(agentStart, "agentStart");
    Objects.requireNonNull(hook, "hook");
    maasPoll = maasPoll == null || maasPoll.compareTo(MIN_POLL) < 0 ? MIN_POLL : maasPoll;
  }

  /** No delays of its own (tests); MAAS is still polled every few milliseconds. */
  public static JujuTimings zero() {
    return new JujuTimings(
        Duration.ZERO, MIN_POLL, Duration.ofMinutes(2), Duration.ZERO, Duration.ZERO);
  }

  /** A demonstration pace: agent start and each hook 5 s, MAAS polled every 2 s. */
  public static JujuTimings demonstration() {
    return new JujuTimings(
        Duration.ofMillis(200),
        Duration.ofSeconds(2),
        Duration.ofMinutes(20),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  /** Roughly what Juju takes on real hardware, apart from MAAS's deployment. */
  public static JujuTimings realistic() {
    return new JujuTimings(
        Duration.ofMillis(500),
        Duration.ofSeconds(10),
        Duration.ofMinutes(20),
        Duration.ofSeconds(30),
        Duration.ofSeconds(45));
  }

  /** Every duration multiplied by {@code factor} (0.01 = a hundred times faster). */
  public JujuTimings scaled(double factor) {
    if (factor < 0) {
      throw new IllegalArgumentException("scale factor must not be negative: " + factor);
    }
    return new JujuTimings(
        scale(step, factor),
        scale(maasPoll, factor),
        deployTimeout,
        scale(agentStart, factor),
        scale(hook, factor));
  }

  private static Duration scale(Duration d, double factor) {
    return Duration.ofNanos((long) (d.toNanos() * factor));
  }
}
