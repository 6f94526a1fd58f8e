package io.metalflow.lab.juju;

/**
 * {@code juju expose [-m M] APP [--endpoints] [--to-cidrs]}: marks the application exposed (nothing
 * changes on MAAS, which has no firewaller); no output.
 */
final class ExposeCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.value("model", "m").value("endpoints").value("to-cidrs").value("to-spaces");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 1);
    String app =
        call.args()
            .positional(0)
            .orElseThrow(() -> JujuError.usage("no application name specified"));
    ModelRef ref = call.model();
    boolean found =
        call.state()
            .write(
                s ->
                    s.application(ref, app)
                        .map(
                            a -> {
                              s.put(a.withExposed(true));
                              return true;
                            })
                        .orElse(false));
    if (!found) {
      throw new JujuError("application \"" + app + "\" not found");
    }
  }
}
