package io.metalflow.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names one stack uses, so that stacks running at the same time never share a controller, a
 * model or a machine: the controller machine carries {@code tag} (bootstrap's constraint) and the
 * common tag {@link #CONTROLLER_POOL}, which the applications' constraints exclude.
 */
record StackNames(String controller, String model, String tag) {

  static final String CONTROLLER_POOL = "ctl";
  static final String CLOUD = "maas-one";
  static final String CREDENTIAL = "metalflow";
  static final String APP_CONSTRAINTS = "tags=^" + CONTROLLER_POOL;

  /** Stack {@code index} of a batch labelled {@code label}; its machine tag is per index. */
  static StackNames of(String label, int index) {
    return new StackNames("mf-" + label + "-" + index, "prom", "ctl-" + index);
  }

  /** The start variables of {@code observability-stack} (no dashboard, as in the manual run). */
  Map<String, Object> variables() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("controllerName", controller);
    v.put("modelName", model);
    v.put("machineTag", tag);
    v.put("cloudName", CLOUD);
    v.put("credentialName", CREDENTIAL);
    v.put("enableDashboard", false);
    v.put(
        "applications",
        "[{\"name\":\"grafana\",\"charm\":\"grafana\",\"constraints\":\""
            + APP_CONSTRAINTS
            + "\"},{\"name\":\"prometheus\",\"charm\":\"prometheus2\",\"constraints\":\""
            + APP_CONSTRAINTS
            + "\"}]");
    return v;
  }
}
