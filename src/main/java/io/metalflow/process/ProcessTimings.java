package io.metalflow.process;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the processes wait, from {@code metalflow.process.*}. The defaults suit real hardware
 * (commissioning a NUC takes minutes, a MAAS bootstrap 10 to 30); the lab sets seconds. Each value
 * is copied into a process variable at start (unless the starter gave one), so a running instance
 * keeps the timings it started with.
 */
@ConfigurationProperties("metalflow.process")
public record ProcessTimings(
    @DefaultValue("PT15S") Duration pollInterval,
    @DefaultValue("PT30M") Duration commissioningTimeout,
    @DefaultValue("PT45M") Duration bootstrapTimeout,
    @DefaultValue("PT30M") Duration settleTimeout,
    @DefaultValue("PT30M") Duration destroyTimeout,
    @DefaultValue("PT15M") Duration releaseTimeout) {

  public ProcessTimings {
    requirePositive("poll-interval", pollInterval);
    requirePositive("commissioning-timeout", commissioningTimeout);
    requirePositive("bootstrap-timeout", bootstrapTimeout);
    requirePositive("settle-timeout", settleTimeout);
    requirePositive("destroy-timeout", destroyTimeout);
    requirePositive("release-timeout", releaseTimeout);
  }

  private static void requirePositive(String key, Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "metalflow.process." + key + " must be a positive duration");
    }
  }
}
