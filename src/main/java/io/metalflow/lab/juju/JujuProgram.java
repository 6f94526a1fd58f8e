package io.metalflow.lab.juju;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code juju} client: dispatches {@code juju SUBCOMMAND ...} to one {@link JujuCommand} per
 * sub-command (aliases included). Unknown sub-commands fail as Juju's super-command does.
 */
final class JujuProgram implements HostProgram {

  private final HostContext host;
  private final Map<String, JujuCommand> commands = new HashMap<>();

  JujuProgram(HostContext host) {
    this.host = host;
    register(new VersionCommand(), "version");
    register(new CloudsCommand(), "clouds", "list-clouds");
    register(new ShowCloudCommand(), "show-cloud");
    register(new AddCloudCommand(), "add-cloud");
    register(new UpdateCloudCommand(), "update-cloud");
    register(new CredentialsCommand(), "credentials", "list-credentials");
    register(new AddCredentialCommand(), "add-credential");
    register(new BootstrapCommand(), "bootstrap");
    register(new ControllersCommand(), "controllers", "list-controllers");
    register(new ShowControllerCommand(), "show-controller");
    register(new AddModelCommand(), "add-model");
    register(new ModelsCommand(), "models", "list-models");
    register(new DeployCommand(), "deploy");
    register(new StatusCommand(), "status");
    register(new IntegrateCommand(), "integrate", "relate", "add-relation");
    register(new ExposeCommand(), "expose");
    register(new RunActionCommand(), "run");
    register(new ResolveCommand(), "resolve", "resolved");
    register(new RemoveApplicationCommand(), "remove-application");
    register(new DestroyControllerCommand(), "destroy-controller");
    register(new DashboardCommand(), "dashboard");
  }

  private void register(JujuCommand command, String... names) {
    for (String name : names) {
      commands.put(name, command);
    }
  }

  /** The sub-command an argv names, for fault matching ({@code status}, {@code bootstrap}). */
  static String subcommand(List<String> argv) {
    return argv.size() > 1 ? argv.get(1) : "";
  }

  @Override
  public int run(Invocation invocation) throws InterruptedException {
    List<String> argv = invocation.argv();
    if (argv.size() < 2 || argv.get(1).equals("help") || argv.get(1).equals("--help")) {
      invocation.out().println("Usage: juju [flags] <command> ...");
      return 0;
    }
    if (argv.get(1).equals("--version")) {
      invocation.out().println(JujuVersion.CLIENT);
      return 0;
    }
    JujuCommand command = commands.get(argv.get(1));
    if (command == null) {
      invocation
          .err()
          .println(
              "ERROR juju: \"" + argv.get(1) + "\" is not a juju command. See \"juju --help\".");
      return 2;
    }
    return command.execute(argv.get(1), argv.subList(2, argv.size()), invocation, host);
  }
}
