package io.metalflow.juju;

import java.util.Map;

/**
 * An application to deploy: {@code charm} is a Charmhub name ({@code grafana}) or a path to a local
 * {@code .charm} file on the main host; null channel, base or constraints are not sent.
 */
public record ApplicationSpec(
    String name,
    String charm,
    String channel,
    String base,
    int units,
    String constraints,
    Map<String, String> config) {

  public ApplicationSpec {
    config = config == null ? Map.of() : Map.copyOf(config);
  }

  public boolean isLocalCharm() {
    return charm.endsWith(".charm");
  }
}
