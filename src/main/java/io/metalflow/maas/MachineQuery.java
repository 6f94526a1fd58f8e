package io.metalflow.maas;

import java.util.List;

/**
 * Filters for {@code GET machines/}: every non-empty list is one filter (any of its values), and
 * filters combine with AND, as MAAS does. {@code tags} means "carries all of these".
 */
public record MachineQuery(
    List<String> systemIds,
    List<String> hostnames,
    List<String> tags,
    List<String> agentNames,
    List<MachineStatus> statuses) {

  public MachineQuery {
    systemIds = List.copyOf(systemIds);
    hostnames = List.copyOf(hostnames);
    tags = List.copyOf(tags);
    agentNames = List.copyOf(agentNames);
    statuses = List.copyOf(statuses);
  }

  public static MachineQuery all() {
    return new MachineQuery(List.of(), List.of(), List.of(), List.of(), List.of());
  }

  public MachineQuery withSystemIds(String... ids) {
    return new MachineQuery(List.of(ids), hostnames, tags, agentNames, statuses);
  }

  public MachineQuery withHostnames(String... names) {
    return new MachineQuery(systemIds, List.of(names), tags, agentNames, statuses);
  }

  public MachineQuery withTags(String... allOf) {
    return new MachineQuery(systemIds, hostnames, List.of(allOf), agentNames, statuses);
  }

  public MachineQuery withAgentName(String agentName) {
    return new MachineQuery(systemIds, hostnames, tags, List.of(agentName), statuses);
  }

  public MachineQuery withStatuses(MachineStatus... anyOf) {
    return new MachineQuery(systemIds, hostnames, tags, agentNames, List.of(anyOf));
  }
}
