package io.metalflow.telemetry;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code metalflow.telemetry.*}.
 *
 * @param camundaRefresh how long the Camunda gauges keep one reading (default 15 s; 0 reads on
 *     every scrape)
 * @param mainHostTimeout how long the {@code mainHost} health check waits for its probe
 * @param mainHostCache how long one {@code mainHost} answer is reused
 */
@Validated
@ConfigurationProperties("metalflow.telemetry")
public record TelemetryProperties(
    @DefaultValue("15s") @NotNull Duration camundaRefresh,
    @DefaultValue("5s") @NotNull Duration mainHostTimeout,
    @DefaultValue("10s") @NotNull Duration mainHostCache) {

  public TelemetryProperties {
    requireNotNegative("camunda-refresh", camundaRefresh);
    requireNotNegative("main-host-cache", mainHostCache);
    if (mainHostTimeout != null && (mainHostTimeout.isZero() || mainHostTimeout.isNegative())) {
      throw new IllegalArgumentException(
          "metalflow.telemetry.main-host-timeout must be positive, was " + mainHostTimeout);
    }
  }

  private static void requireNotNegative(String name, Duration value) {
    if (value != null && value.isNegative()) {
      throw new IllegalArgumentException(
          "metalflow.telemetry." + name + " must not be negative, was " + value);
    }
  }
}
