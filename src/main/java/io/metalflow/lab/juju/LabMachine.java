package io.metalflow.lab.juju;

import java.time.Instant;

/**
 * A machine of a model. {@code systemId} is null until MAAS allocated a node ({@code instance-id}
 * shows {@code pending}); {@code agentStatus} is the machine agent's ({@code pending}, {@code
 * started}), {@code instanceStatus} the provider's ({@code pending}, {@code allocating}, {@code
 * running}, {@code provisioning error}).
 */
public record LabMachine(
    String controller,
    String model,
    String id,
    String systemId,
    String hostname,
    String address,
    String agentStatus,
    String instanceStatus,
    String instanceMessage,
    String base,
    String constraints,
    String hardware,
    Instant since) {

  String key() {
    return new ModelRef(controller, model).key() + "#" + id;
  }

  ModelRef modelRef() {
    return new ModelRef(controller, model);
  }

  LabMachine withInstance(String status, String message) {
    return new LabMachine(
        controller,
        model,
        id,
        systemId,
        hostname,
        address,
        agentStatus,
        status,
        message,
        base,
        constraints,
        hardware,
        Instant.now());
  }

  LabMachine withAgent(String status) {
    return new LabMachine(
        controller,
        model,
        id,
        systemId,
        hostname,
        address,
        status,
        instanceStatus,
        instanceMessage,
        base,
        constraints,
        hardware,
        Instant.now());
  }

  LabMachine withNode(String newSystemId, String newHostname, String newHardware) {
    return new LabMachine(
        controller,
        model,
        id,
        newSystemId,
        newHostname,
        address,
        agentStatus,
        instanceStatus,
        instanceMessage,
        base,
        constraints,
        newHardware,
        Instant.now());
  }

  LabMachine withAddress(String newAddress) {
    return new LabMachine(
        controller,
        model,
        id,
        systemId,
        hostname,
        newAddress,
        agentStatus,
        instanceStatus,
        instanceMessage,
        base,
        constraints,
        hardware,
        Instant.now());
  }
}
