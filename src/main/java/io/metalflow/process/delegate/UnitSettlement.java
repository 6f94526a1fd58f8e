package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.JujuStatus.UnitState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a model's status as the processes need it: settled (every unit active and idle), pending,
 * or attention (a unit in error or blocked), with a readable report per unit, the units {@code juju
 * resolve} can retry, the unit addresses and the MAAS machines of the model.
 */
record UnitSettlement(
    String settlement,
    List<Map<String, String>> report,
    List<String> errorUnits,
    String summary,
    Map<String, String> addresses,
    List<String> machines) {

  static UnitSettlement of(JujuStatus status) {
    List<UnitState> units =
        status.applications().values().stream()
            .flatMap(app -> app.units().values().stream())
            .sorted(Comparator.comparing(UnitState::name))
            .toList();
    boolean noUnitsYet = units.isEmpty() && !status.applications().isEmpty();
    String settlement =
        units.stream().anyMatch(UnitState::needsAttention)
            ? ATTENTION
            : noUnitsYet || !units.stream().allMatch(UnitState::isSettled) ? PENDING : SETTLED;
    return new UnitSettlement(
        settlement,
        units.stream().map(UnitSettlement::row).toList(),
        units.stream().filter(UnitSettlement::inError).map(UnitState::name).toList(),
        summary(units),
        addresses(units),
        status.machines().values().stream()
            .map(JujuStatus.MachineState::instanceId)
            .filter(Objects::nonNull)
            .sorted()
            .toList());
  }

  private static boolean inError(UnitState unit) {
    return "error".equals(unit.workloadStatus()) || "error".equals(unit.agentStatus());
  }

  private static Map<String, String> row(UnitState unit) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("unit", unit.name());
    row.put("workload", unit.workloadStatus());
    row.put("agent", unit.agentStatus());
    row.put("message", unit.workloadMessage() == null ? "" : unit.workloadMessage());
    row.put("address", unit.publicAddress() == null ? "" : unit.publicAddress());
    return row;
  }

  private static String summary(List<UnitState> units) {
    List<String> lines = new ArrayList<>();
    for (UnitState unit : units) {
      if (!unit.isSettled()) {
        String message = unit.workloadMessage() == null ? "" : " (" + unit.workloadMessage() + ")";
        lines.add(unit.name() + ": " + unit.workloadStatus() + "/" + unit.agentStatus() + message);
      }
    }
    return String.join("\n", lines);
  }

  private static Map<String, String> addresses(List<UnitState> units) {
    Map<String, String> addresses = new LinkedHashMap<>();
    units.stream()
        .filter(u -> u.publicAddress() != null)
        .forEach(u -> addresses.put(u.name(), u.publicAddress()));
    return addresses;
  }
}
