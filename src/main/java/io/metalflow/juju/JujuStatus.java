package io.metalflow.juju;

import java.util.List;
import java.util.Map;

/** The parts of {@code juju status --format=json} Metalflow reads. Unknown fields are ignored. */
public record JujuStatus(
    String model, Map<String, MachineState> machines, Map<String, ApplicationState> applications) {

  public JujuStatus {
    machines = Map.copyOf(machines);
    applications = Map.copyOf(applications);
  }

  /** A machine: agent status ({@code juju-status}), instance status and the MAAS system id. */
  public record MachineState(
      String id,
      String agentStatus,
      String instanceStatus,
      String instanceMessage,
      String instanceId,
      String hostname,
      List<String> ipAddresses) {

    public MachineState {
      ipAddresses = List.copyOf(ipAddresses);
    }
  }

  /** An application with its charm, status, relations (endpoint to related apps) and units. */
  public record ApplicationState(
      String name,
      String charmName,
      String status,
      String statusMessage,
      Map<String, List<String>> relations,
      Map<String, UnitState> units) {

    public ApplicationState {
      relations = Map.copyOf(relations);
      units = Map.copyOf(units);
    }
  }

  /** A unit: workload and agent status, machine, address and open ports. */
  public record UnitState(
      String name,
      String workloadStatus,
      String workloadMessage,
      String agentStatus,
      String machine,
      String publicAddress,
      List<String> openPorts) {

    public UnitState {
      openPorts = List.copyOf(openPorts);
    }

    /** Settled: workload active and agent idle. */
    public boolean isSettled() {
      return "active".equals(workloadStatus) && "idle".equals(agentStatus);
    }

    /** Needs a person: workload error or blocked, or agent failed or error. */
    public boolean needsAttention() {
      return "error".equals(workloadStatus)
          || "blocked".equals(workloadStatus)
          || "error".equals(agentStatus)
          || "failed".equals(agentStatus);
    }
  }
}
