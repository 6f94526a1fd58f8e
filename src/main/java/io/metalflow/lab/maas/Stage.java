package io.metalflow.lab.maas;

import java.time.Duration;

/**
 * A timed phase a machine goes through on its own. Entering a stage emits an INFO event named
 * {@link #eventType()}, so {@code status_message} follows it, as on MAAS.
 */
enum Stage {
  COMMISSIONING("Commissioning"),
  TESTING("Testing"),
  DEPLOYING("Deploying"),
  PXE_BOOT("Performing PXE boot"),
  LOADING_EPHEMERAL("Loading ephemeral"),
  CONFIGURING_STORAGE("Configuring storage"),
  INSTALLING_OS("Installing OS"),
  CONFIGURING_OS("Configuring OS"),
  REBOOTING("Rebooting"),
  RELEASING("Releasing"),
  DISK_ERASING("Disk erasing");

  private final String eventType;

  Stage(String eventType) {
    this.eventType = eventType;
  }

  String eventType() {
    return eventType;
  }

  Duration duration(MaasLabTimings timings) {
    return switch (this) {
      case COMMISSIONING -> timings.commissioning();
      case TESTING -> timings.testing();
      case RELEASING, DISK_ERASING -> timings.releasing();
      default -> timings.deployStep();
    };
  }

  boolean isDeployment() {
    return ordinal() >= DEPLOYING.ordinal() && ordinal() <= REBOOTING.ordinal();
  }

  /** The next deployment sub-step; {@link #REBOOTING} has none. */
  Stage nextDeploymentStep() {
    if (!isDeployment() || this == REBOOTING) {
      throw new IllegalStateException("no deployment step after " + this);
    }
    return values()[ordinal() + 1];
  }
}
