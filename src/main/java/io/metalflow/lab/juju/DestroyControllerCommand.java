package io.metalflow.lab.juju;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code juju destroy-controller [--destroy-all-models] [--destroy-storage] [--no-prompt] NAME}:
 * stderr progress per reference §7.3, then every machine of every model and the controller node are
 * released in MAAS and the controller is forgotten. Live hosted models without {@code
 * --destroy-all-models} are refused; {@code -y} is a usage error (exit 2), as in Juju 3.6.
 */
final class DestroyControllerCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .bool("destroy-all-models")
        .bool("destroy-storage")
        .bool("release-storage")
        .bool("force")
        .bool("no-prompt")
        .bool("no-wait")
        .value("model-timeout");
  }

  @Override
  void run(JujuCall call) throws JujuError, InterruptedException {
    ParsedArgs args = call.args();
    noExtraArgs(args, 1);
    String name = args.positional(0).orElseThrow(() -> JujuError.usage("no controller specified"));
    if (args.has("model-timeout") && !args.has("force")) {
      throw JujuError.usage("--model-timeout can only be used with --force (dangerous)");
    }
    boolean resumed = "true".equals(call.invocation().env().get(Jobs.RESUME_ENV));
    LabController controller =
        call.state()
            .controller(name)
            .filter(c -> c.phase() != LabController.Phase.BOOTSTRAPPING)
            .orElse(null);
    if (controller == null) {
      if (resumed) {
        return;
      }
      throw new JujuError("controller " + name + " not found");
    }
    if (!resumed) {
      call.state().update(s -> s.count(name, LabCounters::plusDestroy));
    }
    call.err()
        .println(
            "WARNING This command will destroy the \""
                + name
                + "\" controller and all its resources");
    if (!args.has("no-prompt") && !confirmed(call, name)) {
      throw new JujuError("controller destruction aborted");
    }
    call.err().println("Destroying controller");
    if (controller.isAvailable() && !args.has("destroy-all-models")) {
      refuseLiveModels(call, controller);
    }
    new ControllerTeardown(call, controller).run();
  }

  private static boolean confirmed(JujuCall call, String name) {
    call.err().println();
    call.err().println();
    call.err().print("To continue, enter the name of the controller to be unregistered: ");
    call.err().flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(call.invocation().in(), StandardCharsets.UTF_8))
              .readLine();
      return answer != null && answer.strip().equals(name);
    } catch (IOException e) {
      return false;
    }
  }

  private static void refuseLiveModels(JujuCall call, LabController controller) throws JujuError {
    List<String> live =
        call.state()
            .read(
                s ->
                    s.modelsOf(controller.name()).stream()
                        .filter(m -> !m.controllerModel())
                        .map(
                            m ->
                                "\tadmin/"
                                    + m.name()
                                    + " (alive), "
                                    + plural(s.machinesOf(m.ref()).size(), "machine")
                                    + ", "
                                    + plural(s.applicationsOf(m.ref()).size(), "application"))
                        .toList());
    if (!live.isEmpty()) {
      throw new JujuError(
          "cannot destroy controller \""
              + controller.name()
              + "\"\n\n"
              + "The controller has live models. If you want\n"
              + "to destroy all models in the controller,\n"
              + "run this command again with the --destroy-all-models\n"
              + "option.\n\n"
              + "Models:\n"
              + String.join("\n", live));
    }
  }

  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
