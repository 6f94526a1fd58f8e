package io.metalflow.lab.juju;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the lab knows about a charm: its Charmhub revision, the bases it is published for, its
 * relation endpoints, the ports its workload opens, its workload version and actions.
 */
record CharmInfo(
    String name,
    int revision,
    List<String> bases,
    Map<String, CharmEndpoint> endpoints,
    List<String> openPorts,
    String workloadVersion,
    List<String> actions) {

  CharmInfo {
    bases = List.copyOf(bases);
    endpoints = Map.copyOf(endpoints);
    openPorts = List.copyOf(openPorts);
    actions = List.copyOf(actions);
  }

  Optional<CharmEndpoint> endpoint(String endpointName) {
    return Optional.ofNullable(endpoints.get(endpointName));
  }

  /** {@code ubuntu@22.04} when published for it, else the newest base. */
  String defaultBase() {
    return bases.contains("ubuntu@22.04") ? "ubuntu@22.04" : bases.get(bases.size() - 1);
  }
}
