package io.metalflow.reliability.support;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.reliability.support.EngineRest.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One observability stack of a multi-stack run: stack {@code n} of run {@code prefix} gets business
 * key {@code prefix-NN}, controller {@code prefix-ctl-NN} on the machine tagged {@code
 * prefix-ctl-NN}, model {@code prom-sNN}, Grafana {@code grafana} and Prometheus {@code prom-sNN}
 * (unique, so a fault armed for one application name hits exactly one stack; Juju wants a letter in
 * every hyphen-separated part of an application name). With {@code workloadTag} the applications
 * are constrained to machines with that tag, so no stack's deployment takes a machine tagged for
 * another stack's controller.
 */
public record StackPlan(String prefix, int number, String workloadTag) {

  public String businessKey() {
    return prefix + "-" + suffix();
  }

  public String controller() {
    return prefix + "-ctl-" + suffix();
  }

  public String machineTag() {
    return controller();
  }

  public String model() {
    return "prom-s" + suffix();
  }

  public String prometheus() {
    return "prom-s" + suffix();
  }

  private String suffix() {
    return String.format("%02d", number);
  }

  /** The start variables (all names; no secret). */
  public Map<String, Object> variables() {
    String constraints = workloadTag == null ? "" : ",\"constraints\":\"tags=" + workloadTag + "\"";
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(CONTROLLER_NAME, controller());
    v.put(MACHINE_TAG, machineTag());
    v.put(MODEL_NAME, model());
    v.put(GRAFANA_APPLICATION, "grafana");
    v.put(PROMETHEUS_APPLICATION, prometheus());
    v.put(
        APPLICATIONS,
        new Json(
            "[{\"name\":\"grafana\",\"charm\":\"grafana\""
                + constraints
                + "},{\"name\":\""
                + prometheus()
                + "\",\"charm\":\"prometheus2\""
                + constraints
                + "}]"));
    v.put(
        RELATIONS,
        new Json(
            "[{\"first\":\""
                + prometheus()
                + ":grafana-source\",\"second\":\"grafana:grafana-source\"}]"));
    return v;
  }
}
