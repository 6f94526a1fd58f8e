package io.metalflow.juju;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.MachineState;
import io.metalflow.juju.JujuStatus.UnitState;
import java.util.List;
import java.util.Optional;

/**
 * The Juju 3 dashboard: the {@code juju-dashboard} charm deployed as {@code dashboard} into the
 * controller model on the controller machine ({@code --to 0}), integrated with {@code controller}
 * and exposed; each step only when the controller model's status shows it missing. It answers on
 * port 8080 at its unit's address.
 */
final class DashboardSetup {

  static final String MODEL = "controller";
  static final String APPLICATION = "dashboard";
  static final String CHARM = "juju-dashboard";
  static final String CONTROLLER_APPLICATION = "controller";
  static final int PORT = 8080;

  private final JujuShell shell;
  private final ModelCommands models;
  private final String mainHostLogin;

  DashboardSetup(JujuShell shell, ModelCommands models, String mainHostLogin) {
    this.shell = shell;
    this.models = models;
    this.mainHostLogin = mainHostLogin;
  }

  DashboardInfo ensure(String controller) {
    String target = ModelCommands.target(controller, MODEL);
    JsonNode tree = models.statusTree(controller, MODEL);
    ApplicationState app = StatusJson.parse(tree).applications().get(APPLICATION);
    boolean deployed = app == null && deploy(target);
    boolean integrated = !isIntegrated(app) && integrate(target);
    boolean exposed = !isExposed(tree) && expose(target);
    JujuStatus status =
        deployed || integrated || exposed
            ? models.status(controller, MODEL)
            : StatusJson.parse(tree);
    String address = address(status);
    return new DashboardInfo(
        address, PORT, "ssh -L " + PORT + ":" + address + ":" + PORT + " " + mainHostLogin);
  }

  private boolean deploy(String target) {
    shell.tolerating(
        shell.juju("deploy", "-m", target, CHARM, APPLICATION, "--to", "0"), "already exists");
    return true;
  }

  /** Present and related to the controller; present with another charm is a conflict. */
  private static boolean isIntegrated(ApplicationState app) {
    if (app == null) {
      return false;
    }
    if (!CHARM.equals(app.charmName())) {
      throw new JujuConflictException(
          "application \"dashboard\" in the controller model runs charm "
              + app.charmName()
              + ", not "
              + CHARM);
    }
    return app.relations().values().stream().anyMatch(r -> r.contains(CONTROLLER_APPLICATION));
  }

  private boolean integrate(String target) {
    shell.tolerating(
        shell.juju("integrate", "-m", target, APPLICATION, CONTROLLER_APPLICATION),
        "already exists");
    return true;
  }

  private static boolean isExposed(JsonNode tree) {
    return tree.path("applications").path(APPLICATION).path("exposed").asBoolean(false);
  }

  private boolean expose(String target) {
    shell.stdout(shell.juju("expose", "-m", target, APPLICATION));
    return true;
  }

  /** The dashboard unit's public address, else the controller machine's first IPv4 address. */
  private static String address(JujuStatus status) {
    ApplicationState app = status.applications().get(APPLICATION);
    Optional<String> unitAddress =
        app == null
            ? Optional.empty()
            : app.units().values().stream()
                .map(UnitState::publicAddress)
                .filter(a -> a != null)
                .findFirst();
    return unitAddress
        .or(() -> machineAddress(status.machines().get("0")))
        .orElseThrow(
            () ->
                new JujuNotReadyException(
                    "the dashboard unit has no address yet; ask again shortly"));
  }

  private static Optional<String> machineAddress(MachineState machine) {
    List<String> addresses = machine == null ? List.of() : machine.ipAddresses();
    return addresses.stream()
        .filter(a -> a.contains("."))
        .findFirst()
        .or(() -> addresses.stream().findFirst());
  }
}
