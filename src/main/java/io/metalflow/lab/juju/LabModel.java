package io.metalflow.lab.juju;

import java.time.Instant;

/** A model of a controller; the controller's own model is named {@code controller}. */
public record LabModel(
    String controller,
    String name,
    String uuid,
    String cloud,
    String region,
    String credential,
    boolean controllerModel,
    String constraints,
    int nextMachine,
    int nextOperation,
    Instant since) {

  ModelRef ref() {
    return new ModelRef(controller, name);
  }

  LabModel withNextMachine(int next) {
    return new LabModel(
        controller,
        name,
        uuid,
        cloud,
        region,
        credential,
        controllerModel,
        constraints,
        next,
        nextOperation,
        since);
  }

  LabModel withNextOperation(int next) {
    return new LabModel(
        controller,
        name,
        uuid,
        cloud,
        region,
        credential,
        controllerModel,
        constraints,
        nextMachine,
        next,
        since);
  }
}
