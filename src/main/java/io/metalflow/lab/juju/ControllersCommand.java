package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code juju controllers [--format json|yaml|tabular]}: the controllers the client knows. */
final class ControllersCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("refresh").bool("managed").formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 0);
    String format = Output.format(call.args(), "tabular", Set.of("json", "yaml", "tabular"));
    Map<String, Object> all = call.state().read(ControllersCommand::views);
    switch (format) {
      case "json" -> call.out().print(Output.json(all));
      case "yaml" -> call.out().print(Output.yaml(all));
      default -> tabular(call, all);
    }
  }

  private static Map<String, Object> views(JujuStore store) {
    Map<String, Object> controllers = new LinkedHashMap<>();
    for (LabController controller : store.controllers.values()) {
      if (controller.phase() != LabController.Phase.BOOTSTRAPPING) {
        controllers.put(controller.name(), ControllerView.listing(store, controller));
      }
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("controllers", controllers);
    if (store.currentController != null && controllers.containsKey(store.currentController)) {
      all.put("current-controller", store.currentController);
    }
    return all;
  }

  @SuppressWarnings("unchecked")
  private static void tabular(JujuCall call, Map<String, Object> all) {
    Map<String, Map<String, Object>> controllers =
        (Map<String, Map<String, Object>>) all.get("controllers");
    if (controllers.isEmpty()) {
      call.err().println("No controllers registered.");
      call.err().println();
      call.err()
          .println(
              "Please either create a new controller using \"juju bootstrap\" or" + " connect to");
      call.err()
          .println(
              "another controller that you have been given access to using"
                  + " \"juju register\".");
      return;
    }
    call.out().println("Use --refresh option with this command to see the latest information.");
    call.out().println();
    Table table =
        new Table()
            .row(
                "Controller",
                "Model",
                "User",
                "Access",
                "Cloud/Region",
                "Models",
                "Nodes",
                "HA",
                "Version");
    controllers.forEach(
        (name, view) -> {
          String marker = name.equals(all.get("current-controller")) ? "*" : "";
          String model =
              String.valueOf(view.getOrDefault("current-model", "-")).replace("admin/", "");
          table.row(
              name + marker,
              model,
              "admin",
              "superuser",
              view.get("cloud") + "/" + view.get("region"),
              view.get("model-count"),
              view.get("machine-count"),
              "-",
              view.get("agent-version"));
        });
    call.out().print(table.render());
  }
}
