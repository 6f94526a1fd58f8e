package io.metalflow.lab.juju;

import java.time.Instant;

/**
 * A controller: known to the client from the start of its bootstrap, {@link Phase#AVAILABLE} once
 * bootstrap completed. {@link #toString()} never shows the admin password.
 */
public record LabController(
    String name,
    String uuid,
    String cloud,
    String region,
    String credential,
    String controllerModelUuid,
    String machineSystemId,
    String address,
    String agentVersion,
    String adminPassword,
    String modelConstraints,
    Phase phase,
    Instant since) {

  /** Where a controller is in its life. */
  public enum Phase {
    BOOTSTRAPPING,
    AVAILABLE,
    DESTROYING
  }

  public boolean isAvailable() {
    return phase == Phase.AVAILABLE;
  }

  LabController withMachine(String systemId, String newAddress) {
    return new LabController(
        name,
        uuid,
        cloud,
        region,
        credential,
        controllerModelUuid,
        systemId,
        newAddress,
        agentVersion,
        adminPassword,
        modelConstraints,
        phase,
        since);
  }

  LabController withPhase(Phase newPhase) {
    return new LabController(
        name,
        uuid,
        cloud,
        region,
        credential,
        controllerModelUuid,
        machineSystemId,
        address,
        agentVersion,
        adminPassword,
        modelConstraints,
        newPhase,
        Instant.now());
  }

  @Override
  public String toString() {
    return "LabController[name="
        + name
        + ", uuid="
        + uuid
        + ", cloud="
        + cloud
        + ", machine="
        + machineSystemId
        + ", address="
        + address
        + ", phase="
        + phase
        + "]";
  }
}
