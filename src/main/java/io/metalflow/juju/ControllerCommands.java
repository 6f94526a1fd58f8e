package io.metalflow.juju;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.ssh.RunId;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Controllers: looked up with {@code show-controller}, bootstrapped and destroyed as detached runs
 * under a run id (the job wrapper refuses to start a run id twice, which makes both idempotent).
 */
final class ControllerCommands {

  private final JujuShell shell;
  private final RemoteJobs jobs;

  ControllerCommands(JujuShell shell, RemoteJobs jobs) {
    this.shell = shell;
    this.jobs = jobs;
  }

  Optional<ControllerInfo> controller(String name) {
    JujuArgv argv = shell.juju("show-controller", JujuNames.controller(name), "--format=json");
    CommandResult result = shell.run(argv.list());
    if (!result.succeeded()) {
      if (result.stderr().contains("not found")) {
        return Optional.empty();
      }
      throw JujuShell.failed(argv, result, UnaryOperator.identity());
    }
    return JujuJson.controller(JujuJson.tree(result.stdout(), "show-controller"), name);
  }

  boolean startBootstrap(RunId runId, BootstrapRequest request) {
    requireRunId(runId);
    if (request == null) {
      throw new InvalidJujuNameException("bootstrap request is missing");
    }
    JujuArgv argv =
        shell
            .juju("bootstrap", "--bootstrap-base", CharmReferences.base(request.base()))
            .option(
                "--bootstrap-constraints",
                constraints("bootstrap constraints", request.bootstrapConstraints()))
            .option("--constraints", constraints("model constraints", request.modelConstraints()))
            .config(ConfigEntries.pairs(request.config()))
            .add(JujuNames.cloud(request.cloud()), JujuNames.controller(request.controller()));
    return jobs.start(runId, argv.list());
  }

  boolean startDestroyController(RunId runId, String controller) {
    requireRunId(runId);
    JujuArgv argv =
        shell.juju(
            "destroy-controller",
            "--destroy-all-models",
            "--destroy-storage",
            "--no-prompt",
            JujuNames.controller(controller));
    return jobs.start(runId, argv.list());
  }

  JobStatus job(RunId runId) {
    return jobs.status(requireRunId(runId));
  }

  String jobLog(RunId runId, long offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("log offset must not be negative");
    }
    return jobs.log(requireRunId(runId), offset);
  }

  static String constraints(String field, String constraints) {
    return constraints == null ? null : JujuConstraints.check(field, constraints);
  }

  private static RunId requireRunId(RunId runId) {
    if (runId == null) {
      throw new InvalidJujuNameException("run id is missing");
    }
    return runId;
  }
}
