package io.metalflow.maas;

import java.util.List;

/**
 * A MAAS machine as Metalflow reads it (a subset of the machine JSON). {@code owner} is null when
 * unowned. MAAS never shows {@code agent_name}; filter on it with {@link MachineQuery}.
 */
public record Machine(
    String systemId,
    String hostname,
    String fqdn,
    MachineStatus status,
    String statusMessage,
    String owner,
    List<String> tags,
    List<String> ipAddresses,
    String powerState,
    String architecture,
    int cpuCount,
    long memoryMib,
    String osystem,
    String distroSeries,
    String zone,
    String pool) {

  public Machine {
    tags = List.copyOf(tags);
    ipAddresses = List.copyOf(ipAddresses);
  }

  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }
}
