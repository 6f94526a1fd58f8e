package io.metalflow.juju;

import java.util.List;

/**
 * What {@code juju show-controller} tells: uuid, cloud, API endpoints and the MAAS system ids of
 * the controller machines.
 */
public record ControllerInfo(
    String name,
    String uuid,
    String cloud,
    String agentVersion,
    List<String> apiEndpoints,
    List<String> machineInstanceIds,
    List<String> models) {

  public ControllerInfo {
    apiEndpoints = List.copyOf(apiEndpoints);
    machineInstanceIds = List.copyOf(machineInstanceIds);
    models = List.copyOf(models);
  }
}
