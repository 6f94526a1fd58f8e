package io.metalflow.lab.juju;

import io.metalflow.maas.Machine;
import java.time.Instant;
import java.util.List;

/**
 * What a completed bootstrap leaves in the client store: the available controller, its {@code
 * controller} model with machine 0 on the bootstrap node and the {@code controller} application
 * (charm {@code juju-controller}) with its unit; the controller and that model become current.
 */
final class ControllerModel {

  static final String NAME = "controller";

  private ControllerModel() {}

  static void record(
      JujuStore s,
      LabController done,
      Machine node,
      String base,
      Constraints machineConstraints,
      String addModel) {
    String address = done.address();
    s.put(done);
    s.put(
        new LabModel(
            done.name(),
            NAME,
            done.controllerModelUuid(),
            done.cloud(),
            done.region(),
            done.credential(),
            true,
            done.modelConstraints(),
            1,
            1,
            Instant.now()));
    s.put(
        new LabMachine(
            done.name(),
            NAME,
            "0",
            node.systemId(),
            node.hostname(),
            address,
            "started",
            "running",
            "Deployed",
            base,
            machineConstraints.toString(),
            MaasProvider.hardware(node),
            Instant.now()));
    s.put(
        new LabApplication(
            done.name(),
            NAME,
            NAME,
            Charms.CONTROLLER,
            "charmhub",
            Charms.describe(Charms.CONTROLLER).revision(),
            "3.6/stable",
            base,
            "",
            null,
            false,
            false,
            1));
    s.put(
        new LabUnit(
            done.name(),
            NAME,
            NAME,
            0,
            "0",
            "active",
            null,
            "idle",
            null,
            address,
            List.of(),
            null,
            Instant.now()));
    s.currentController = done.name();
    s.currentModels.put(done.name(), NAME);
    if (addModel != null) {
      ModelFactory.add(s, done, addModel, done.credential());
    }
  }
}
