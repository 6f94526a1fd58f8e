package io.metalflow.lab.juju;

/**
 * {@code juju resolve [-m M] [--no-retry] UNIT} (alias {@code resolved}): a unit in error retries
 * its failed hook (or, with {@code --no-retry}, goes on); no output.
 */
final class ResolveCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.value("model", "m").bool("no-retry").bool("all");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 1);
    String unitName =
        call.args().positional(0).orElseThrow(() -> JujuError.usage("no unit specified"));
    ModelRef ref = call.model();
    LabUnit unit =
        call.state()
            .read(s -> s.unit(ref, unitName))
            .orElseThrow(() -> new JujuError("unit \"" + unitName + "\" not found"));
    if (!"error".equals(unit.workloadStatus())) {
      throw new JujuError("unit \"" + unitName + "\" is not in an error state");
    }
    call.state()
        .update(
            s ->
                s.put(
                    unit.withStatus(
                        "maintenance", "resolving", "executing", "resolving hook error")));
    call.host().provisioner().resolved(ref, unitName, !call.args().has("no-retry"));
  }
}
