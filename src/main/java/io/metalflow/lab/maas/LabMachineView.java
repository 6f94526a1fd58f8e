package io.metalflow.lab.maas;

import io.metalflow.maas.MachineStatus;
import java.util.List;
import java.util.Map;

/**
 * A read-only snapshot of one simulated machine, including what MAAS hides from its API ({@code
 * agentName}).
 *
 * @param hostname e.g. {@code server1}
 * @param systemId six characters from the MAAS alphabet
 * @param status lifecycle status
 * @param statusMessage what MAAS shows as {@code status_message}
 * @param owner username or null
 * @param agentName agent name given at allocation, or null
 * @param tags tag names
 * @param ip the address assigned at deploy (127.0.0.0/8), or null
 * @param powerState {@code on} or {@code off}
 * @param ownerData workload annotations (Juju's instance tags)
 * @param distroSeries series being or been deployed, or empty
 */
public record LabMachineView(
    String hostname,
    String systemId,
    MachineStatus status,
    String statusMessage,
    String owner,
    String agentName,
    List<String> tags,
    String ip,
    String powerState,
    Map<String, String> ownerData,
    String distroSeries) {

  public LabMachineView {
    tags = List.copyOf(tags);
    ownerData = Map.copyOf(ownerData);
  }
}
