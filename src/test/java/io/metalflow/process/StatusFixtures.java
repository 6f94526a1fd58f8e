package io.metalflow.process;

import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.MachineState;
import io.metalflow.juju.JujuStatus.UnitState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code juju status} values for process tests: one unit per application, one machine each. */
final class StatusFixtures {

  private StatusFixtures() {}

  /** Each unit as {@code "app/0=workload/agent"}; machine N has MAAS system id {@code mN}. */
  static JujuStatus status(String... units) {
    Map<String, ApplicationState> apps = new LinkedHashMap<>();
    Map<String, MachineState> machines = new LinkedHashMap<>();
    for (int i = 0; i < units.length; i++) {
      String[] parts = units[i].split("[=/]");
      String app = parts[0];
      String unit = app + "/" + parts[1];
      String machine = String.valueOf(i);
      UnitState state =
          new UnitState(
              unit,
              parts[2],
              "error".equals(parts[2]) ? "hook failed: \"install\"" : null,
              parts[3],
              machine,
              "127.77.0." + (11 + i),
              List.of());
      apps.put(app, new ApplicationState(app, app, parts[2], null, Map.of(), Map.of(unit, state)));
      machines.put(
          machine,
          new MachineState(
              machine, "started", "Deployed", null, "m" + i, "server" + (2 + i), List.of()));
    }
    return new JujuStatus("prom", machines, apps);
  }
}
