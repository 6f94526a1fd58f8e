package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How {@code juju clouds} and {@code show-cloud} render a cloud (JSON/YAML keys of 3.6). */
final class CloudView {

  private CloudView() {}

  static Map<String, Object> localhost() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("defined", "built-in");
    view.put("type", "lxd");
    view.put("description", "LXD Container Hypervisor");
    view.put("auth-types", List.of("certificate"));
    view.put("regions", Map.of("localhost", Map.of()));
    return view;
  }

  static Map<String, Object> of(LabCloud cloud, long credentials) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("defined", "local");
    view.put("type", cloud.type());
    view.put("description", cloud.description());
    view.put("auth-types", cloud.authTypes());
    view.put("endpoint", cloud.endpoint());
    if (credentials > 0) {
      view.put("credential-count", credentials);
    }
    Map<String, Object> regions = new LinkedHashMap<>();
    cloud.regions().forEach(r -> regions.put(r, Map.of()));
    view.put("regions", regions);
    return view;
  }

  static long credentialCount(JujuStore store, String cloud) {
    return store.credentials.values().stream().filter(c -> c.cloud().equals(cloud)).count();
  }
}
