package io.metalflow.lab.maas;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each simulated lifecycle phase lasts. A deployment goes through seven sub-steps ({@code
 * Deploying}, {@code Performing PXE boot}, … {@code Rebooting}), each lasting {@code deployStep}.
 * {@link Duration#ZERO} everywhere makes every transition happen at once.
 *
 * @param commissioning Commissioning until Testing
 * @param testing Testing until Ready
 * @param deployStep each of the seven deployment sub-steps
 * @param releasing Releasing (or Disk erasing) until Ready
 */
public record MaasLabTimings(
    Duration commissioning, Duration testing, Duration deployStep, Duration releasing) {

  public MaasLabTimings {
    requireNotNegative(commissioning, "commissioning");
    requireNotNegative(testing, "testing");
    requireNotNegative(deployStep, "deployStep");
    requireNotNegative(releasing, "releasing");
  }

  /** A demonstration pace: commissioning 20 s + testing 10 s, deploy 7 × 5 s, release 5 s. */
  public static MaasLabTimings defaults() {
    return new MaasLabTimings(
        Duration.ofSeconds(20),
        Duration.ofSeconds(10),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5));
  }

  /** Every phase takes no time. */
  public static MaasLabTimings zero() {
    return new MaasLabTimings(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
  }

  /** The same duration for every phase. */
  public static MaasLabTimings uniform(Duration each) {
    return new MaasLabTimings(each, each, each, each);
  }

  private static void requireNotNegative(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }
}
