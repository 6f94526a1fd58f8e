package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code juju models [-c C] [--format json|yaml|tabular]}: the controller's models. */
final class ModelsCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .value("controller", "c")
        .bool("all")
        .bool("exact-time")
        .value("user")
        .bool("uuid")
        .formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 0);
    String format = Output.format(call.args(), "tabular", Set.of("json", "yaml", "tabular"));
    LabController controller = call.controller();
    Map<String, Object> all = call.state().read(s -> views(s, controller));
    switch (format) {
      case "json" -> call.out().print(Output.json(all));
      case "yaml" -> call.out().print(Output.yaml(all));
      default -> call.out().print(call.state().<String>read(s -> tabular(s, controller, all)));
    }
  }

  private static Map<String, Object> views(JujuStore store, LabController controller) {
    List<Object> models = new ArrayList<>();
    for (LabModel model : store.modelsOf(controller.name())) {
      models.add(view(store, controller, model));
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("models", models);
    String current = store.currentModels.get(controller.name());
    if (current != null) {
      all.put("current-model", current);
    }
    return all;
  }

  private static Map<String, Object> view(JujuStore s, LabController c, LabModel model) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", "admin/" + model.name());
    view.put("short-name", model.name());
    view.put("model-uuid", model.uuid());
    view.put("model-type", "iaas");
    view.put("controller-uuid", c.uuid());
    view.put("controller-name", c.name());
    view.put("is-controller", model.controllerModel());
    view.put("owner", "admin");
    view.put("cloud", model.cloud());
    view.put("region", model.region());
    view.put(
        "credential", Map.of("name", model.credential(), "owner", "admin", "cloud", model.cloud()));
    view.put("type", "maas");
    view.put("life", "alive");
    view.put("status", Map.of("current", "available", "since", Output.since(model.since())));
    view.put("access", "admin");
    view.put("last-connection", "just now");
    view.put("sla-owner", "admin");
    view.put("agent-version", c.agentVersion());
    return view;
  }

  @SuppressWarnings("unchecked")
  private static String tabular(JujuStore s, LabController controller, Map<String, Object> all) {
    Table table =
        new Table()
            .row(
                "Model",
                "Cloud/Region",
                "Type",
                "Status",
                "Machines",
                "Units",
                "Access",
                "Last connection");
    for (Object item : (List<Object>) all.get("models")) {
      Map<String, Object> m = (Map<String, Object>) item;
      String marker = m.get("short-name").equals(all.get("current-model")) ? "*" : "";
      table.row(
          m.get("short-name") + marker,
          m.get("cloud") + "/" + m.get("region"),
          "maas",
          "available",
          s.machinesOf(new ModelRef(controller.name(), (String) m.get("short-name"))).size(),
          s.unitsOf(new ModelRef(controller.name(), (String) m.get("short-name"))).size(),
          "admin",
          "just now");
    }
    return "Controller: " + controller.name() + "\n\n" + table.render();
  }
}
