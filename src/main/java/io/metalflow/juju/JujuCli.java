package io.metalflow.juju;

import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RunId;
import java.util.Optional;

/**
 * What Metalflow asks of juju on the main host. Every name is validated before anything is sent
 * ({@link InvalidJujuNameException}); a failing juju command is a {@link
 * JujuCommandFailedException} carrying exit code and both streams. Methods named {@code ensure…}
 * check first and act only when needed, returning whether they acted.
 */
public interface JujuCli {

  /** {@code juju version}; empty when the client is not installed. */
  Optional<String> version();

  /** {@code sudo snap install juju --channel CHANNEL}; harmless when already installed. */
  void installClient(String channel);

  /** Registers the MAAS cloud on the client ({@code add-cloud --client -f}) unless present. */
  boolean ensureCloud(MaasCloud cloud);

  /**
   * Adds the MAAS credential ({@code add-credential --client -f}) unless present. The API key comes
   * from Metalflow's configuration; the file written for it on the main host is 0600 and removed
   * afterwards, whatever happens.
   */
  boolean ensureCredential(String cloud, String credentialName);

  /** {@code juju show-controller}: empty when the client does not know the controller. */
  Optional<ControllerInfo> controller(String name);

  /**
   * Starts {@code juju bootstrap} detached under {@code runId}. Idempotent: a run id that exists is
   * not started again.
   */
  boolean startBootstrap(RunId runId, BootstrapRequest request);

  /** Starts {@code juju destroy-controller … --no-prompt} detached under {@code runId}. */
  boolean startDestroyController(RunId runId, String controller);

  /** State of a detached run. */
  JobStatus job(RunId runId);

  /** The tail of a detached run's output from {@code offset}. */
  String jobLog(RunId runId, long offset);

  /** {@code juju add-model} unless the model exists. */
  boolean ensureModel(String controller, String model, String cloud, String credentialName);

  /**
   * {@code juju deploy} unless the application exists. An existing application with another charm
   * is a {@link JujuConflictException}.
   */
  boolean ensureApplication(String controller, String model, ApplicationSpec application);

  /** {@code juju status --format=json}. */
  JujuStatus status(String controller, String model);

  /** {@code juju integrate a:x b:y} unless the relation exists. */
  boolean ensureRelation(String controller, String model, Endpoint first, Endpoint second);

  /** {@code juju resolve UNIT}: retries the failed hook. */
  void resolve(String controller, String model, String unit);

  /**
   * {@code juju run UNIT ACTION --format=json}; the action's results. Results may hold secrets
   * (e.g. Grafana's admin password): never store them in process variables.
   */
  ActionResult runAction(String controller, String model, String unit, String action);

  /**
   * Deploys {@code juju-dashboard} into the controller model and integrates it with the controller
   * unless already there; returns where it answers.
   */
  DashboardInfo ensureDashboard(String controller);
}
