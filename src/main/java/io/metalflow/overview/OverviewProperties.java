package io.metalflow.overview;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code metalflow.overview.*}.
 *
 * @param cacheFor how long one overview is served before MAAS, juju and the engine are read again
 * @param recent how long a finished process instance's controller and model variables still select
 *     a Juju model to show
 */
@Validated
@ConfigurationProperties("metalflow.overview")
public record OverviewProperties(
    @DefaultValue("5s") @NotNull Duration cacheFor, @DefaultValue("1h") @NotNull Duration recent) {

  public OverviewProperties {
    if (cacheFor != null && cacheFor.isNegative()) {
      throw new IllegalArgumentException(
          "metalflow.overview.cache-for must not be negative, was " + cacheFor);
    }
    if (recent != null && recent.isNegative()) {
      throw new IllegalArgumentException(
          "metalflow.overview.recent must not be negative, was " + recent);
    }
  }
}
