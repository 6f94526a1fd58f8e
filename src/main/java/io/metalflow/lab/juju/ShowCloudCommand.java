package io.metalflow.lab.juju;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code juju show-cloud [--client] NAME [--format yaml|json]}. */
final class ShowCloudCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("client").value("controller", "c").bool("include-config").formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 1);
    String name =
        call.args().positional(0).orElseThrow(() -> JujuError.usage("no cloud specified"));
    String format = Output.format(call.args(), "yaml", Set.of("json", "yaml", "display"));
    Map<String, Object> view =
        call.state()
            .read(
                s -> {
                  LabCloud cloud = s.clouds.get(name);
                  if (cloud != null) {
                    return CloudView.of(cloud, CloudView.credentialCount(s, name));
                  }
                  return name.equals("localhost") ? CloudView.localhost() : null;
                });
    if (view == null) {
      List<String> names = call.state().read(s -> List.copyOf(s.clouds.keySet()));
      String known = String.join("\n", names);
      throw new JujuError(
          "cloud "
              + name
              + " not found, possible alternative clouds:\n\n"
              + "localhost"
              + (known.isEmpty() ? "" : "\n" + known));
    }
    if (format.equals("json")) {
      call.out().print(Output.json(view));
    } else {
      call.out().println("Client cloud \"" + name + "\":");
      call.out().println();
      call.out().print(Output.yaml(view));
    }
  }
}
