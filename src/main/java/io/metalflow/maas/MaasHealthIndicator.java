package io.metalflow.maas;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * {@code maas} in {@code /actuator/health}: UP when MAAS answers {@code version/} and accepts the
 * key on {@code users/?op=whoami}. Details: the URL (without credentials), the MAAS version and
 * user; when DOWN, the exception class, MAAS's status and message. Never shows the key.
 */
final class MaasHealthIndicator implements HealthIndicator {

  private final MaasClient client;
  private final String url;

  MaasHealthIndicator(MaasClient client, String url) {
    this.client = client;
    this.url = url;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.unknown().withDetail("url", url);
    try {
      health.withDetail("version", client.version().version());
      return health.withDetail("user", client.whoami().username()).up().build();
    } catch (MaasException e) {
      return down(health, e).withDetail("status", e.status()).build();
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
}
