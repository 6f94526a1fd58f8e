package io.metalflow.lab.juju;

import java.util.Map;
import java.util.Set;

/**
 * {@code juju status [-m M] [--format json|yaml|tabular] [APP...]}: one document on stdout, exit 0
 * even when units are in error.
 */
final class StatusCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .value("model", "m")
        .bool("relations")
        .bool("integrations")
        .bool("utc")
        .bool("color")
        .bool("no-color")
        .bool("storage")
        .bool("watch")
        .formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    String format =
        Output.format(
            call.args(),
            "tabular",
            Set.of("json", "yaml", "tabular", "line", "short", "oneline", "summary"));
    ModelRef ref = call.model();
    Set<String> filter = Set.copyOf(call.args().positional());
    Map<String, Object> status = call.state().read(s -> StatusView.of(s, ref, filter));
    boolean structured = format.equals("json") || format.equals("yaml");
    if (structured && (call.args().has("relations") || call.args().has("integrations"))) {
      call.err().println("provided relations option is always enabled in non tabular formats");
    }
    switch (format) {
      case "json" -> call.out().print(Output.json(status));
      case "yaml" -> call.out().print(Output.yaml(status));
      default -> call.out().print(call.state().<String>read(s -> StatusTable.render(s, ref)));
    }
  }
}
