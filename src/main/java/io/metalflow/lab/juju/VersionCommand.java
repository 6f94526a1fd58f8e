package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code juju version [--all]}: the client's version on stdout. */
final class VersionCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("all").formatted();
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 0);
    if (!call.args().has("all")) {
      call.out().println(JujuVersion.CLIENT);
      return;
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("version", JujuVersion.CLIENT);
    all.put("git-commit", "5c3e1b1d0a4f6f7c2d33c4b0f2b9c0e1a7d9e8f1");
    all.put("git-tree-state", "clean");
    all.put("compiler", "gc");
    all.put("go-version", "go1.23.9");
    all.put("official", true);
    call.out().print(Output.yaml(all));
  }
}
