package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One application, with its relations and units, of {@code juju status --format=json}. */
final class ApplicationStatusView {

  private ApplicationStatusView() {}

  static Map<String, Object> of(JujuStore s, ModelRef ref, LabApplication app) {
    CharmInfo charm = Charms.describe(app.charm());
    List<LabUnit> units = s.unitsOf(ref, app.name());
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("charm", app.isLocal() ? "local:" + app.charm() + "-" + app.revision() : app.charm());
    String[] base = app.base().split("@");
    view.put("base", Map.of("name", base[0], "channel", base[1]));
    view.put("charm-origin", app.origin());
    view.put("charm-name", app.charm());
    view.put("charm-rev", app.revision());
    if (app.channel() != null) {
      view.put("charm-channel", app.channel());
    }
    view.put("exposed", app.exposed());
    if (app.dying()) {
      view.put("life", "dying");
    }
    view.put("application-status", applicationStatus(units));
    view.put("relations", relations(s, ref, app.name()));
    if (!units.isEmpty()) {
      Map<String, Object> unitViews = new LinkedHashMap<>();
      units.forEach(u -> unitViews.put(u.unitName(), unit(u, units.get(0) == u)));
      view.put("units", unitViews);
    }
    if (!charm.workloadVersion().isEmpty() && units.stream().anyMatch(LabUnit::isSettled)) {
      view.put("version", charm.workloadVersion());
    }
    Map<String, Object> bindings = new LinkedHashMap<>();
    bindings.put("", "alpha");
    charm.endpoints().keySet().stream().sorted().forEach(e -> bindings.put(e, "alpha"));
    view.put("endpoint-bindings", bindings);
    return view;
  }

  private static Map<String, Object> applicationStatus(List<LabUnit> units) {
    LabUnit worst = StatusView.mostSevere(units);
    if (worst == null) {
      return StatusView.status("unknown", null, null);
    }
    return StatusView.status(worst.workloadStatus(), worst.workloadMessage(), worst.since());
  }

  private static Map<String, Object> relations(JujuStore s, ModelRef ref, String app) {
    Map<String, Object> relations = new LinkedHashMap<>();
    for (LabRelation relation : s.relationsOf(ref)) {
      for (String[] ends :
          new String[][] {
            {relation.requirer(), relation.provider()}, {relation.provider(), relation.requirer()}
          }) {
        if (LabRelation.application(ends[0]).equals(app)) {
          @SuppressWarnings("unchecked")
          List<Object> list =
              (List<Object>)
                  relations.computeIfAbsent(
                      LabRelation.endpointName(ends[0]), k -> new ArrayList<>());
          Map<String, Object> related = new LinkedHashMap<>();
          related.put("related-application", LabRelation.application(ends[1]));
          related.put("interface", relation.interfaceName());
          related.put("scope", "global");
          list.add(related);
        }
      }
    }
    return relations;
  }

  private static Map<String, Object> unit(LabUnit unit, boolean leader) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put(
        "workload-status",
        StatusView.status(unit.workloadStatus(), unit.workloadMessage(), unit.since()));
    Map<String, Object> agent =
        StatusView.status(unit.agentStatus(), unit.agentMessage(), unit.since());
    agent.put("version", JujuVersion.NUMBER);
    view.put("juju-status", agent);
    if (leader) {
      view.put("leader", true);
    }
    view.put("machine", unit.machine());
    if (!unit.openPorts().isEmpty()) {
      view.put("open-ports", unit.openPorts());
    }
    if (unit.address() != null) {
      view.put("public-address", unit.address());
    }
    return view;
  }
}
