package io.metalflow.lab.juju;

import java.time.Instant;
import java.util.UUID;

/** Creates hosted models the way {@code add-model} and {@code bootstrap --add-model} do. */
final class ModelFactory {

  private ModelFactory() {}

  /** Adds the model and makes it the controller's current one; null when the name is taken. */
  static LabModel add(JujuStore store, LabController controller, String name, String credential) {
    ModelRef ref = new ModelRef(controller.name(), name);
    if (store.model(ref).isPresent()) {
      return null;
    }
    LabModel model =
        new LabModel(
            controller.name(),
            name,
            UUID.randomUUID().toString(),
            controller.cloud(),
            controller.region(),
            credential,
            false,
            "",
            0,
            1,
            Instant.now());
    store.put(model);
    store.currentModels.put(controller.name(), name);
    return model;
  }
}
