package io.metalflow.lab.juju;

/** {@code juju update-cloud NAME --client -f FILE}: replaces a client cloud's definition. */
final class UpdateCloudCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common.bool("client").value("controller", "c").value("file", "f");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    ParsedArgs args = call.args();
    noExtraArgs(args, 1);
    String name = args.positional(0).orElseThrow(() -> JujuError.usage("cloud name required"));
    String file =
        args.value("file")
            .orElseThrow(() -> JujuError.usage("a cloud definition file is required (-f)"));
    AddCloudCommand.checkTarget(call);
    LabCloud cloud = CloudDefinition.read(HomeFiles.readYaml(call.host().home(), file), name, file);
    boolean known = call.state().write(s -> s.clouds.replace(name, cloud) != null);
    if (!known) {
      throw new JujuError("cloud " + name + " not found");
    }
    call.err().println("Cloud \"" + name + "\" updated on this client using provided file.");
  }
}
