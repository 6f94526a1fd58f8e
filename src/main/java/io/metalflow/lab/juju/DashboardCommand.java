package io.metalflow.lab.juju;

import io.metalflow.lab.stack.DashboardStandIn;
import java.util.Optional;

/**
 * {@code juju dashboard [-c C] [--port N] [--hide-credential]}: where the dashboard answers and the
 * admin credential, on stderr. Lab deviation: Juju opens an SSH tunnel on localhost:PORT and blocks
 * until interrupted; the lab prints the dashboard unit's own address (port 8080), reachable through
 * the main host's forwarding, and returns at once.
 */
final class DashboardCommand extends JujuCommand {

  @Override
  FlagSpec flags(FlagSpec common) {
    return common
        .value("controller", "c")
        .value("model", "m")
        .value("port")
        .bool("browser")
        .bool("no-browser")
        .bool("hide-credential");
  }

  @Override
  void run(JujuCall call) throws JujuError {
    noExtraArgs(call.args(), 0);
    LabController controller = call.controller();
    ModelRef ref = new ModelRef(controller.name(), "controller");
    Optional<LabUnit> unit =
        call.state()
            .read(
                s ->
                    s.applicationsOf(ref).stream()
                        .filter(a -> a.charm().equals("juju-dashboard"))
                        .filter(
                            a ->
                                s.relationsOf(ref).stream()
                                    .anyMatch(
                                        r -> r.involves(a.name()) && r.involves("controller")))
                        .flatMap(a -> s.unitsOf(ref, a.name()).stream())
                        .filter(LabUnit::isSettled)
                        .findFirst());
    if (unit.isEmpty()) {
      throw new JujuError(
          "The Juju dashboard is not yet deployed.\n"
              + "To deploy the Juju dashboard follow these steps:\n"
              + "  juju switch controller\n"
              + "  juju deploy juju-dashboard\n"
              + "  juju expose juju-dashboard\n"
              + "  juju relate juju-dashboard controller");
    }
    call.err().println("Dashboard for controller \"" + controller.name() + "\" is enabled at:");
    call.err().println("  http://" + unit.get().address() + ":" + DashboardStandIn.PORT);
    if (!call.args().has("hide-credential")) {
      call.err().println("Your login credential is:");
      call.err().println("  username: admin");
      call.err().println("  password: " + controller.adminPassword());
    }
  }
}
