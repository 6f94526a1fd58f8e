package io.metalflow.lab.juju;

import java.util.List;

/** A cloud in the client store ({@code juju add-cloud --client}). */
public record LabCloud(
    String name,
    String type,
    String description,
    List<String> authTypes,
    String endpoint,
    List<String> regions) {

  public LabCloud {
    authTypes = List.copyOf(authTypes);
    regions = List.copyOf(regions);
  }

  public String defaultRegion() {
    return regions.isEmpty() ? "default" : regions.get(0);
  }
}
