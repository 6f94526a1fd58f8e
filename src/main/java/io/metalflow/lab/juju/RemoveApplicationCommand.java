package io.metalflow.lab.juju;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code juju remove-application [-m M] [--no-prompt] APP...}: prints the removal plan on stdout;
 * without {@code --no-prompt} (or {@code JUJU_SKIP_CONFIRMATION}) it asks on stdin and anything but
 * {@code y} aborts. Removal then happens in the background.
 */
final class RemoveApplicationCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .value("model", "m")
        .bool("no-prompt")
        .bool("force")
        .bool("no-wait")
        .bool("destroy-storage")
        .bool("dry-run");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    List<String> apps = call.args().positional();
    if (apps.isEmpty()) {
      throw JujuError.usage("no application specified");
    }
    ModelRef ref = call.model();
    for (String app : apps) {
      if (call.state().read(s -> s.application(ref, app)).isEmpty()) {
        call.err().println();
        throw new JujuError(
            "removing application " + app + " failed: application \"" + app + "\" not found");
      }
    }
    boolean prompt =
        !call.args().has("no-prompt")
            && !"true".equals(call.invocation().env().get("JUJU_SKIP_CONFIRMATION"));
    if (prompt) {
      call.err().println("WARNING This command will perform the following actions:");
    }
    apps.forEach(app -> plan(call, ref, app));
    if (call.args().has("dry-run") || (prompt && !confirmed(call))) {
      if (prompt) {
        throw new JujuError("aborted");
      }
      return;
    }
    for (String app : apps) {
      call.state().update(s -> s.application(ref, app).ifPresent(a -> s.put(a.withDying())));
      call.host()
          .provisioner()
          .removeApplication(ref, app, call.host().settings().timings().hook());
    }
  }

  private static void plan(JujuCall call, ModelRef ref, String app) {
    call.out().println("will remove application " + app);
    for (LabUnit unit : call.state().read(s -> s.unitsOf(ref, app))) {
      call.out().println("- will remove unit " + unit.unitName());
    }
  }

  private static boolean confirmed(JujuCall call) {
    call.err().print("\nContinue [y/N]? ");
    call.err().flush();
    try {
      String answer =
          new BufferedReader(new InputStreamReader(call.invocation().in(), StandardCharsets.UTF_8))
              .readLine();
      return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase());
    } catch (IOException e) {
      return false;
    }
  }
}
