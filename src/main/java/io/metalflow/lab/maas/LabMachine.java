package io.metalflow.lab.maas;

import io.metalflow.maas.MachineStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of one simulated machine. Only touched inside {@link LabMachines#read} / {@link
 * LabMachines#write}, which hold the lab's lock; serialized field by field to the state file.
 */
final class LabMachine {

  /** N of {@code serverN}: orders the list and picks the address. */
  int index;

  String systemId;
  String hostname;
  MachineHardware hardware;
  String powerType = "ipmi";
  String zone = "default";
  String pool = "default";

  MachineStatus status = MachineStatus.READY;
  String statusMessage = "Ready";

  /** Status before Broken (mark_fixed may go back to Deployed) or before commissioning. */
  MachineStatus previousStatus;

  String powerState = "off";
  String owner;
  String agentName;
  List<String> tags = new ArrayList<>();
  Map<String, String> ownerData = new LinkedHashMap<>();
  String osystem = "";
  String distroSeries = "";
  String hweKernel;
  String ip;
  boolean netboot = true;
  boolean locked;
  String errorDescription = "";

  int commissioningFailures;
  int commissioningStatus = ScriptStatus.PASSED;
  int testingStatus = ScriptStatus.PASSED;
  Integer commissioningResultId;
  Integer testingResultId;
  Integer installationResultId;

  Stage stage;
  Instant stageDueAt;
  boolean skipTesting;

  LabMachine() {}

  LabMachine(int index, String systemId, String hostname, MachineHardware hardware) {
    this.index = index;
    this.systemId = systemId;
    this.hostname = hostname;
    this.hardware = hardware;
  }

  LabMachineView view() {
    return new LabMachineView(
        hostname,
        systemId,
        status,
        statusMessage,
        owner,
        agentName,
        tags,
        ip,
        powerState,
        ownerData,
        distroSeries);
  }

  /** MAAS's allocation cost: smaller machines are picked first. */
  double cost() {
    return hardware.cpuCount() + hardware.memoryMib() / 1024.0;
  }
}
