package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code juju run [-m M] UNIT ACTION [--format json|yaml]}: runs a charm action; progress on
 * stderr, results on stdout. The lab's actions: Grafana's {@code get-admin-password}.
 */
final class RunActionCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .value("model", "m")
        .value("wait")
        .value("params")
        .bool("background")
        .bool("string-args")
        .bool("color")
        .bool("no-color")
        .bool("utc")
        .formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    ParsedArgs args = call.args();
    if (args.positional().size() < 2) {
      throw JujuError.usage("no unit specified");
    }
    String format = Output.format(args, "plain", Set.of("plain", "json", "yaml"));
    ModelRef ref = call.model();
    String unitName = args.positional().get(0);
    String action = args.positional().get(1);
    LabUnit unit =
        call.state()
            .read(s -> s.unit(ref, unitName))
            .orElseThrow(() -> new JujuError("unit \"" + unitName + "\" not found"));
    String charm =
        call.state()
            .read(s -> s.application(ref, unit.application()))
            .map(LabApplication::charm)
            .orElse("");
    if (!Charms.describe(charm).actions().contains(action)) {
      throw new JujuError("action \"" + action + "\" not defined for unit \"" + unitName + "\"");
    }
    if (!"idle".equals(unit.agentStatus()) && !"executing".equals(unit.agentStatus())) {
      throw new JujuError("timed out waiting for results from: unit " + unitName);
    }
    int operation =
        call.state()
            .write(
                s -> {
                  LabModel model = s.model(ref).orElseThrow();
                  s.put(model.withNextOperation(model.nextOperation() + 2));
                  return model.nextOperation();
                });
    report(call, format, unit, operation, Map.of("password", unit.secret()));
  }

  private static void report(
      JujuCall call, String format, LabUnit unit, int operation, Map<String, String> results) {
    String task = String.valueOf(operation + 1);
    String agent = "unit-" + unit.unitName().replace('/', '-');
    call.err().println("Running operation " + operation + " with 1 task");
    call.err().println("  - task " + task + " on " + agent);
    call.err().println();
    call.err().println("Waiting for task " + task + "...");
    if (format.equals("plain")) {
      call.out().print(Output.yaml(results));
      return;
    }
    Map<String, Object> withCode = new LinkedHashMap<>(results);
    withCode.put("return-code", 0);
    String now = Output.since(null);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", task);
    view.put("results", withCode);
    view.put("status", "completed");
    view.put("timing", Map.of("completed", now, "enqueued", now, "started", now));
    view.put("unit", unit.unitName());
    Map<String, Object> all = Map.of(unit.unitName(), view);
    call.out().print(format.equals("json") ? Output.json(all) : Output.yaml(all));
  }
}
