package io.metalflow.lab.juju;

/**
 * {@code juju add-model [-c C] NAME [CLOUD[/REGION]] [--credential C]}: stderr {@code Added 'prom'
 * model on maas-one/default with credential 'anvil' for user 'admin'}; an existing name fails.
 */
final class AddModelCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .value("controller", "c")
        .value("credential")
        .value("config")
        .value("owner")
        .value("target-controller")
        .bool("no-switch");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    ParsedArgs args = call.args();
    noExtraArgs(args, 2);
    String name = args.positional(0).orElseThrow(() -> JujuError.usage("model name is required"));
    JujuNames.checkModel(name);
    LabController controller = call.controller();
    String cloud = args.positional(1).map(c -> c.split("/")[0]).orElse(controller.cloud());
    if (!cloud.equals(controller.cloud())) {
      throw new JujuError(
          "cloud \"" + cloud + "\" not found on controller \"" + controller.name() + "\"");
    }
    String credential = args.value("credential", controller.credential());
    if (call.state().read(s -> !s.credentials.containsKey(cloud + "/" + credential))) {
      throw new JujuError("credential \"" + credential + "\" not found");
    }
    String previous = call.state().read(s -> s.currentModels.get(controller.name()));
    LabModel model =
        call.state()
            .write(
                s -> {
                  LabModel added = ModelFactory.add(s, controller, name, credential);
                  if (added != null && args.has("no-switch") && previous != null) {
                    s.currentModels.put(controller.name(), previous);
                  }
                  return added;
                });
    if (model == null) {
      throw new JujuError(
          "failed to create new model: model \""
              + name
              + "\" for admin already"
              + " exists (already exists)");
    }
    call.err()
        .println(
            "Added '"
                + name
                + "' model on "
                + model.cloud()
                + "/"
                + model.region()
                + " with credential '"
                + credential
                + "' for user 'admin'");
  }
}
