package io.metalflow.juju;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.ssh.CommandResult;
import java.util.List;

/**
 * Models and what is in them: model, applications, relations, status, resolve and actions. Every
 * command names its model as {@code CONTROLLER:MODEL}; every {@code ensure…} reads first and acts
 * only when needed, tolerating "already exists" from a concurrent run.
 */
final class ModelCommands {

  private static final String ALREADY_EXISTS = "already exists";
  private static final int MAX_UNITS = 1000;

  private final JujuShell shell;

  ModelCommands(JujuShell shell) {
    this.shell = shell;
  }

  boolean ensureModel(String controller, String model, String cloud, String credential) {
    JujuNames.controller(controller);
    JujuNames.model(model);
    String cloudName = cloud == null ? null : JujuNames.cloud(cloud);
    String credentialName = credential == null ? null : JujuNames.credential(credential);
    var models =
        JujuJson.tree(
            shell.stdout(shell.juju("models", "-c", controller, "--format=json")), "models");
    if (JujuJson.hasModel(models, model)) {
      return false;
    }
    JujuArgv argv = shell.juju("add-model", "-c", controller, model);
    if (cloudName != null) {
      argv.add(cloudName);
    }
    argv.option("--credential", credentialName);
    return shell.tolerating(argv.add("--no-switch"), ALREADY_EXISTS);
  }

  JujuStatus status(String controller, String model) {
    return StatusJson.parse(statusTree(controller, model));
  }

  /** The status document itself, for the few fields {@link JujuStatus} does not carry. */
  JsonNode statusTree(String controller, String model) {
    String target = target(controller, model);
    return JujuJson.tree(
        shell.stdout(shell.juju("status", "-m", target, "--format=json")), "status");
  }

  boolean ensureApplication(String controller, String model, ApplicationSpec spec) {
    String target = target(controller, model);
    JujuArgv deploy = deployArgv(target, spec);
    ApplicationState existing = status(controller, model).applications().get(spec.name());
    if (existing != null) {
      requireCharm(existing, spec);
      return false;
    }
    if (shell.tolerating(deploy, ALREADY_EXISTS)) {
      return true;
    }
    requireCharm(status(controller, model).applications().get(spec.name()), spec);
    return false;
  }

  boolean ensureRelation(String controller, String model, Endpoint first, Endpoint second) {
    String target = target(controller, model);
    JujuNames.endpoint(first);
    JujuNames.endpoint(second);
    JujuStatus status = status(controller, model);
    if (relates(status, first, second) && relates(status, second, first)) {
      return false;
    }
    return shell.tolerating(
        shell.juju("integrate", "-m", target, first.toString(), second.toString()), ALREADY_EXISTS);
  }

  void resolve(String controller, String model, String unit) {
    String target = target(controller, model);
    shell.tolerating(
        shell.juju("resolve", "-m", target, JujuNames.unit(unit)), "not in an error state");
  }

  /** Action results may be secrets: a failure carries stderr only, never stdout. */
  ActionResult runAction(String controller, String model, String unit, String action) {
    String target = target(controller, model);
    JujuArgv argv =
        shell.juju(
            "run", "-m", target, JujuNames.unit(unit), JujuNames.action(action), "--format=json");
    CommandResult result = shell.run(argv.list());
    if (!result.succeeded()) {
      throw new JujuCommandFailedException(argv.redacted(), result.exitCode(), "", result.stderr());
    }
    return JujuJson.actionResult(JujuJson.tree(result.stdout(), "run"), unit);
  }

  static String target(String controller, String model) {
    return JujuNames.controller(controller) + ":" + JujuNames.model(model);
  }

  private JujuArgv deployArgv(String target, ApplicationSpec spec) {
    if (spec == null) {
      throw new InvalidJujuNameException("application is missing");
    }
    String charm = CharmReferences.charm(spec.charm());
    if (spec.isLocalCharm() && spec.channel() != null) {
      throw new InvalidJujuNameException(
          "channel "
              + NameRule.shown(spec.channel())
              + " applies to Charmhub charms, not to local file "
              + charm);
    }
    if (spec.units() < 0 || spec.units() > MAX_UNITS) {
      throw new InvalidJujuNameException("units must be between 0 and " + MAX_UNITS);
    }
    JujuArgv argv =
        shell
            .juju(
                "deploy",
                "-m",
                target,
                spec.isLocalCharm() ? CharmReferences.deployablePath(charm) : charm)
            .add(JujuNames.application(spec.name()))
            .option(
                "--channel",
                spec.channel() == null ? null : CharmReferences.channel(spec.channel()))
            .option("--base", spec.base() == null ? null : CharmReferences.base(spec.base()));
    if (spec.units() > 1) {
      argv.add("-n", String.valueOf(spec.units()));
    }
    return argv.option(
            "--constraints", ControllerCommands.constraints("constraints", spec.constraints()))
        .config(ConfigEntries.pairs(spec.config()));
  }

  private static void requireCharm(ApplicationState existing, ApplicationSpec spec) {
    String expected = CharmReferences.expectedCharmName(spec.charm());
    if (existing == null || !expected.equals(existing.charmName())) {
      throw new JujuConflictException(
          "application \""
              + spec.name()
              + "\" already exists with charm "
              + (existing == null ? "(unknown)" : existing.charmName())
              + ", not "
              + expected);
    }
  }

  /** Does {@code from}'s endpoint list {@code to}'s application? */
  private static boolean relates(JujuStatus status, Endpoint from, Endpoint to) {
    ApplicationState app = status.applications().get(from.application());
    return app != null
        && app.relations().getOrDefault(from.endpoint(), List.of()).contains(to.application());
  }
}
