package io.metalflow.juju;

import java.util.Map;

/**
 * {@code juju bootstrap --bootstrap-base BASE [--bootstrap-constraints C] [--constraints M]
 * [--config k=v] CLOUD CONTROLLER}. {@code base} like {@code ubuntu@22.04}.
 */
public record BootstrapRequest(
    String cloud,
    String controller,
    String base,
    String bootstrapConstraints,
    String modelConstraints,
    Map<String, String> config) {

  public BootstrapRequest {
    config = config == null ? Map.of() : Map.copyOf(config);
  }
}
