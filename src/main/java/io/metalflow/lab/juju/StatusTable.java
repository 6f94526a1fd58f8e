package io.metalflow.lab.juju;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The tabular {@code juju status}: model line, then applications, units and machines. */
final class StatusTable {

  private StatusTable() {}

  static String render(JujuStore s, ModelRef ref) {
    LabModel model = s.model(ref).orElseThrow();
    String time =
        DateTimeFormatter.ofPattern("HH:mm:ssX").format(ZonedDateTime.now(ZoneOffset.UTC));
    StringBuilder text =
        new StringBuilder(
            new Table()
                .row("Model", "Controller", "Cloud/Region", "Version", "SLA", "Timestamp")
                .row(
                    model.name(),
                    model.controller(),
                    model.cloud() + "/" + model.region(),
                    JujuVersion.NUMBER,
                    "unsupported",
                    time)
                .render());
    if (s.applicationsOf(ref).isEmpty()) {
      text.append("\nModel \"admin/").append(model.name()).append("\" is empty.\n");
      return text.toString();
    }
    text.append('\n')
        .append(applications(s, ref))
        .append('\n')
        .append(units(s, ref))
        .append('\n')
        .append(machines(s, ref));
    return text.toString();
  }

  private static String applications(JujuStore s, ModelRef ref) {
    Table table =
        new Table()
            .row(
                "App", "Version", "Status", "Scale", "Charm", "Channel", "Rev", "Exposed",
                "Message");
    for (LabApplication app : s.applicationsOf(ref)) {
      var units = s.unitsOf(ref, app.name());
      LabUnit worst = StatusView.mostSevere(units);
      table.row(
          app.name(),
          Charms.describe(app.charm()).workloadVersion(),
          worst == null ? "unknown" : worst.workloadStatus(),
          units.size(),
          app.charm(),
          app.channel() == null ? "" : app.channel(),
          app.revision(),
          app.exposed() ? "yes" : "no",
          worst == null ? "" : text(worst.workloadMessage()));
    }
    return table.render();
  }

  private static String units(JujuStore s, ModelRef ref) {
    Table table =
        new Table()
            .row("Unit", "Workload", "Agent", "Machine", "Public address", "Ports", "Message");
    for (LabUnit unit : s.unitsOf(ref)) {
      boolean leader = s.unitsOf(ref, unit.application()).get(0).equals(unit);
      table.row(
          unit.unitName() + (leader ? "*" : ""),
          unit.workloadStatus(),
          unit.agentStatus(),
          unit.machine(),
          text(unit.address()),
          String.join(",", unit.openPorts()),
          text(unit.workloadMessage()));
    }
    return table.render();
  }

  private static String machines(JujuStore s, ModelRef ref) {
    Table table =
        new Table().row("Machine", "State", "Address", "Inst id", "Base", "AZ", "Message");
    for (LabMachine m : s.machinesOf(ref)) {
      table.row(
          m.id(),
          m.agentStatus(),
          text(m.address()),
          m.systemId() == null ? "pending" : m.systemId(),
          m.base(),
          "default",
          text(m.instanceMessage()));
    }
    return table.render();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
