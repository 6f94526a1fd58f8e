package io.metalflow.overview;

import java.util.List;

/**
 * A Juju model to show, and the process instances that named it in their {@code controller} /
 * {@code model} variables. Without a {@code model} variable the controller's own model ({@value
 * #CONTROLLER_MODEL}) is shown.
 */
record JujuTarget(String controller, String model, List<String> namedBy) {

  static final String CONTROLLER_MODEL = "controller";

  JujuTarget {
    namedBy = List.copyOf(namedBy);
  }
}
