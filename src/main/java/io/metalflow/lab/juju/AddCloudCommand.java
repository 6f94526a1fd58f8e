package io.metalflow.lab.juju;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code juju add-cloud [--client] [-c C] [-f FILE] NAME [FILE]}: stores a MAAS cloud read from the
 * file in the client (stderr success text), or fails as Juju does when it exists already.
 */
final class AddCloudCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .bool("client")
        .value("controller", "c")
        .value("file", "f")
        .value("credential")
        .value("target-controller")
        .bool("force");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    ParsedArgs args = call.args();
    noExtraArgs(args, 2);
    String name = args.positional(0).orElseThrow(() -> JujuError.usage("cloud name required"));
    String file =
        args.value("file")
            .or(() -> args.positional(1))
            .orElseThrow(
                () ->
                    new JujuError("cloud definition file is required when not run interactively"));
    checkTarget(call);
    JsonNode yaml = HomeFiles.readYaml(call.host().home(), file);
    LabCloud cloud = CloudDefinition.read(yaml, name, file);
    CloudDefinition.checkName(name, args.has("force"));
    boolean added = call.state().write(s -> s.clouds.putIfAbsent(name, cloud) == null);
    if (!added) {
      throw new JujuError(
          "use `update-cloud "
              + name
              + " --client` to override known definition:"
              + " local cloud \""
              + name
              + "\" already exists");
    }
    call.err().println("Cloud \"" + name + "\" successfully added to your local client.");
    call.err()
        .println(
            "You will need to add a credential for this cloud (`juju add-credential "
                + name
                + "`)");
    call.err()
        .println(
            "before you can use it to bootstrap a controller (`juju bootstrap " + name + "`) or");
    call.err().println("to create a model (`juju add-model <your model name> " + name + "`).");
  }

  /** Without --client or -c Juju asks; over a pipe it refuses, unless no controller exists. */
  static void checkTarget(JujuCall call) throws JujuError {
    if (call.args().has("client") || call.args().has("controller")) {
      return;
    }
    boolean anyController = call.state().read(s -> !s.controllers.isEmpty());
    if (anyController) {
      call.err()
          .println(
              "The command is piped and Juju cannot prompt to clarify whether the"
                  + " --client or a --controller is to be used.");
      call.err().println("Please clarify by re-running the command with the desired option(s).");
      throw JujuError.alreadyReported();
    }
    call.err()
        .println(
            "This operation can be applied to both a copy on this client and to the"
                + " one on a controller.");
    call.err()
        .println(
            "No current controller was detected and there are no registered"
                + " controllers on this client: either bootstrap one or register one.");
  }
}
