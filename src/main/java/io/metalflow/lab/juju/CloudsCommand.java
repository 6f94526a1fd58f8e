package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code juju clouds [--client] [--all] [--format json|yaml|tabular]}: the built-in {@code
 * localhost} and the client's clouds; stdout holds the data, the note about hidden public clouds
 * goes to stderr.
 */
final class CloudsCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("client").value("controller", "c").bool("all").formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 0);
    String format = Output.format(call.args(), "tabular", Set.of("json", "yaml", "tabular"));
    Map<String, Map<String, Object>> clouds = call.state().read(CloudsCommand::views);
    switch (format) {
      case "json" -> call.out().print(Output.json(clouds));
      case "yaml" -> call.out().print(Output.yaml(clouds));
      default -> call.out().print(tabular(clouds));
    }
    if (!call.args().has("all")) {
      call.err().println("Only clouds with registered credentials are shown.");
      call.err().println("There are more clouds, use --all to see them.");
    }
  }

  private static Map<String, Map<String, Object>> views(JujuStore store) {
    Map<String, Map<String, Object>> views = new LinkedHashMap<>();
    views.put("localhost", CloudView.localhost());
    store
        .clouds
        .values()
        .forEach(
            c -> views.put(c.name(), CloudView.of(c, CloudView.credentialCount(store, c.name()))));
    return views;
  }

  private static String tabular(Map<String, Map<String, Object>> clouds) {
    Table table =
        new Table()
            .row("Cloud", "Regions", "Default", "Type", "Credentials", "Source", "Description");
    clouds.forEach(
        (name, view) -> {
          Map<?, ?> regions = (Map<?, ?>) view.get("regions");
          table.row(
              name,
              regions.size(),
              regions.keySet().iterator().next(),
              view.get("type"),
              view.getOrDefault("credential-count", 0),
              view.get("defined"),
              view.get("description"));
        });
    return "You can bootstrap a new controller using one of these clouds...\n\n"
        + "Clouds available on the client:\n"
        + table.render();
  }
}
