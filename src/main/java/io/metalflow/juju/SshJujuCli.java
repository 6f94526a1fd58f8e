package io.metalflow.juju;

import io.metalflow.maas.MaasApiKey;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.ssh.RunId;
import io.metalflow.ssh.SshCommandRunner;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link JujuCli} over SSH: every call validates its names first (nothing is sent for a bad one),
 * then runs {@code juju} by full path as an argument list through {@link SshCommandRunner}, always
 * naming the controller ({@code -c}) or model ({@code -m CONTROLLER:MODEL}) explicitly and reading
 * {@code --format=json}. Bootstrap and destroy-controller run detached through {@link RemoteJobs}.
 *
 * <p>Failures: a non-zero juju exit is a {@link JujuCommandFailedException} (config values masked
 * in its argv; the MAAS key and action results never in it); an existing cloud or application that
 * differs from what was asked is a {@link JujuConflictException}; SSH transport failures propagate
 * unchanged as {@link io.metalflow.ssh.SshException}s.
 *
 * <p>{@link #installClient(String)} with a null channel uses {@code metalflow.juju.snap-channel}.
 */
public class SshJujuCli implements JujuCli {

  private final JujuProperties properties;
  private final ClientSetup client;
  private final ControllerCommands controllers;
  private final ModelCommands models;
  private final DashboardSetup dashboard;

  /**
   * @param apiKey the MAAS API key, read only when a credential must be added
   * @param mainHostLogin {@code user@host} of the main host, for the dashboard's tunnel hint
   */
  public SshJujuCli(
      SshCommandRunner runner,
      RemoteJobs jobs,
      Supplier<MaasApiKey> apiKey,
      JujuProperties properties,
      String mainHostLogin) {
    this.properties = properties;
    JujuShell shell = new JujuShell(runner, properties.binary(), properties.commandTimeout());
    this.client = new ClientSetup(shell, apiKey);
    this.controllers = new ControllerCommands(shell, jobs);
    this.models = new ModelCommands(shell);
    this.dashboard = new DashboardSetup(shell, models, mainHostLogin);
  }

  @Override
  public Optional<String> version() {
    return client.version();
  }

  @Override
  public void installClient(String channel) {
    client.installClient(channel == null ? properties.snapChannel() : channel);
  }

  @Override
  public boolean ensureCloud(MaasCloud cloud) {
    return client.ensureCloud(cloud);
  }

  @Override
  public boolean ensureCredential(String cloud, String credentialName) {
    return client.ensureCredential(cloud, credentialName);
  }

  @Override
  public Optional<ControllerInfo> controller(String name) {
    return controllers.controller(name);
  }

  @Override
  public boolean startBootstrap(RunId runId, BootstrapRequest request) {
    return controllers.startBootstrap(runId, request);
  }

  @Override
  public boolean startDestroyController(RunId runId, String controller) {
    return controllers.startDestroyController(runId, controller);
  }

  @Override
  public JobStatus job(RunId runId) {
    return controllers.job(runId);
  }

  @Override
  public String jobLog(RunId runId, long offset) {
    return controllers.jobLog(runId, offset);
  }

  @Override
  public boolean ensureModel(String controller, String model, String cloud, String credentialName) {
    return models.ensureModel(controller, model, cloud, credentialName);
  }

  @Override
  public boolean ensureApplication(String controller, String model, ApplicationSpec application) {
    return models.ensureApplication(controller, model, application);
  }

  @Override
  public JujuStatus status(String controller, String model) {
    return models.status(controller, model);
  }

  @Override
  public boolean ensureRelation(String controller, String model, Endpoint first, Endpoint second) {
    return models.ensureRelation(controller, model, first, second);
  }

  @Override
  public void resolve(String controller, String model, String unit) {
    models.resolve(controller, model, unit);
  }

  @Override
  public ActionResult runAction(String controller, String model, String unit, String action) {
    return models.runAction(controller, model, unit, action);
  }

  @Override
  public DashboardInfo ensureDashboard(String controller) {
    return dashboard.ensure(controller);
  }
}
