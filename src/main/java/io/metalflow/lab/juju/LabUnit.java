package io.metalflow.lab.juju;

import java.time.Instant;
import java.util.List;

/**
 * A unit: workload status ({@code waiting}, {@code maintenance}, {@code active}, {@code error}...)
 * and agent status ({@code allocating}, {@code executing}, {@code idle}), its machine, address and
 * open ports. {@code secret} is the workload's admin password where the charm has one (Grafana);
 * {@link #toString()} never shows it.
 */
public record LabUnit(
    String controller,
    String model,
    String application,
    int number,
    String machine,
    String workloadStatus,
    String workloadMessage,
    String agentStatus,
    String agentMessage,
    String address,
    List<String> openPorts,
    String secret,
    Instant since) {

  public LabUnit {
    openPorts = List.copyOf(openPorts);
  }

  /** {@code application/number}. */
  public String unitName() {
    return application + "/" + number;
  }

  public boolean isSettled() {
    return "active".equals(workloadStatus) && "idle".equals(agentStatus);
  }

  String key() {
    return new ModelRef(controller, model).key() + "/" + unitName();
  }

  ModelRef modelRef() {
    return new ModelRef(controller, model);
  }

  LabUnit withStatus(String workload, String workloadMsg, String agent, String agentMsg) {
    return new LabUnit(
        controller,
        model,
        application,
        number,
        machine,
        workload,
        workloadMsg,
        agent,
        agentMsg,
        address,
        openPorts,
        secret,
        Instant.now());
  }

  LabUnit withAddress(String newAddress) {
    return new LabUnit(
        controller,
        model,
        application,
        number,
        machine,
        workloadStatus,
        workloadMessage,
        agentStatus,
        agentMessage,
        newAddress,
        openPorts,
        secret,
        since);
  }

  LabUnit withOpenPorts(List<String> ports) {
    return new LabUnit(
        controller,
        model,
        application,
        number,
        machine,
        workloadStatus,
        workloadMessage,
        agentStatus,
        agentMessage,
        address,
        ports,
        secret,
        since);
  }

  @Override
  public String toString() {
    return "LabUnit["
        + key()
        + ", workload="
        + workloadStatus
        + ", agent="
        + agentStatus
        + ", machine="
        + machine
        + ", address="
        + address
        + "]";
  }
}
