package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code juju show-controller [NAME...] [--format yaml|json] [--show-password]}. */
final class ShowControllerCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("show-password").formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    String format = Output.format(call.args(), "yaml", Set.of("json", "yaml"));
    List<String> names = new ArrayList<>(call.args().positional());
    if (names.isEmpty()) {
      String current = call.state().read(s -> s.currentController);
      if (current == null) {
        throw new JujuError("there is no active controller");
      }
      names.add(current);
    }
    boolean json = format.equals("json");
    Map<String, Object> views = new LinkedHashMap<>();
    for (String name : names) {
      LabController controller = call.availableController(name);
      views.put(
          name,
          call.state()
              .read(
                  s ->
                      ControllerView.details(
                          s, controller, json, call.args().has("show-password"))));
    }
    call.out().print(json ? Output.json(views) : Output.yaml(views));
  }
}
