package io.metalflow.lab.juju;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code juju status --format=json|yaml} of one model (reference §6), built from the store. */
final class StatusView {

  private static final List<String> SEVERITY =
      List.of("error", "blocked", "maintenance", "waiting", "active", "terminated", "unknown");

  private StatusView() {}

  static Map<String, Object> of(JujuStore s, ModelRef ref, Set<String> appFilter) {
    LabModel model = s.model(ref).orElseThrow();
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("model", model(model));
    Map<String, Object> machines = new LinkedHashMap<>();
    Map<String, Object> applications = new LinkedHashMap<>();
    for (LabApplication app : s.applicationsOf(ref)) {
      if (appFilter.isEmpty() || appFilter.contains(app.name())) {
        applications.put(app.name(), ApplicationStatusView.of(s, ref, app));
      }
    }
    for (LabMachine machine : s.machinesOf(ref)) {
      if (appFilter.isEmpty() || hostsFilteredUnit(s, ref, machine, appFilter)) {
        machines.put(machine.id(), MachineStatusView.of(s, machine));
      }
    }
    status.put("machines", machines);
    status.put("applications", applications);
    status.put("storage", Map.of());
    status.put(
        "controller",
        Map.of(
            "timestamp",
            DateTimeFormatter.ofPattern("HH:mm:ssX").format(ZonedDateTime.now(ZoneOffset.UTC))));
    return status;
  }

  private static boolean hostsFilteredUnit(
      JujuStore s, ModelRef ref, LabMachine machine, Set<String> apps) {
    return s.unitsOf(ref).stream()
        .anyMatch(u -> machine.id().equals(u.machine()) && apps.contains(u.application()));
  }

  private static Map<String, Object> model(LabModel model) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", model.name());
    view.put("type", "iaas");
    view.put("controller", model.controller());
    view.put("cloud", model.cloud());
    view.put("region", model.region());
    view.put("version", JujuVersion.NUMBER);
    view.put("model-status", Map.of("current", "available", "since", Output.since(model.since())));
    view.put("sla", "unsupported");
    return view;
  }

  static Map<String, Object> status(String current, String message, java.time.Instant since) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("current", current);
    if (message != null && !message.isEmpty()) {
      view.put("message", message);
    }
    view.put("since", Output.since(since));
    return view;
  }

  /** The most severe of the units' workload statuses, with its message. */
  static LabUnit mostSevere(List<LabUnit> units) {
    LabUnit worst = null;
    for (LabUnit unit : units) {
      if (worst == null || rank(unit.workloadStatus()) < rank(worst.workloadStatus())) {
        worst = unit;
      }
    }
    return worst;
  }

  private static int rank(String status) {
    int index = SEVERITY.indexOf(status);
    return index < 0 ? SEVERITY.size() : index;
  }
}
