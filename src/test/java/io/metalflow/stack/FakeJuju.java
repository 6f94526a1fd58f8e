package io.metalflow.stack;

import io.metalflow.juju.ActionResult;
import io.metalflow.juju.ApplicationSpec;
import io.metalflow.juju.BootstrapRequest;
import io.metalflow.juju.ControllerInfo;
import io.metalflow.juju.DashboardInfo;
import io.metalflow.juju.Endpoint;
import io.metalflow.juju.JujuCli;
import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.UnitState;
import io.metalflow.juju.MaasCloud;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RunId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A juju client that knows one model with Grafana and Prometheus units, and the password action.
 */
final class FakeJuju implements JujuCli {

  final Map<String, ApplicationState> applications = new HashMap<>();
  volatile Map<String, String> actionResults;
  final List<String> actionsRun = new java.util.concurrent.CopyOnWriteArrayList<>();

  FakeJuju(Map<String, String> actionResults) {
    this.actionResults = actionResults;
  }

  FakeJuju withUnit(String application, String charm, String address) {
    String unit = application + "/0";
    UnitState state = new UnitState(unit, "active", "", "idle", "0", address, List.of());
    applications.put(
        application,
        new ApplicationState(application, charm, "active", "", Map.of(), Map.of(unit, state)));
    return this;
  }

  @Override
  public JujuStatus status(String controller, String model) {
    return new JujuStatus(model, Map.of(), applications);
  }

  @Override
  public ActionResult runAction(String controller, String model, String unit, String action) {
    actionsRun.add(controller + ":" + model + " " + unit + " " + action);
    return new ActionResult(unit, "completed", actionResults);
  }

  @Override
  public Optional<String> version() {
    throw new UnsupportedOperationException();
  }

  @Override
  public void installClient(String channel) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean ensureCloud(MaasCloud cloud) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean ensureCredential(String cloud, String credentialName) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Optional<ControllerInfo> controller(String name) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean startBootstrap(RunId runId, BootstrapRequest request) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean startDestroyController(RunId runId, String controller) {
    throw new UnsupportedOperationException();
  }

  @Override
  public JobStatus job(RunId runId) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String jobLog(RunId runId, long offset) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean ensureModel(String controller, String model, String cloud, String credential) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean ensureApplication(String controller, String model, ApplicationSpec app) {
    throw new UnsupportedOperationException();
  }

  @Override
  public boolean ensureRelation(String controller, String model, Endpoint first, Endpoint second) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void resolve(String controller, String model, String unit) {
    throw new UnsupportedOperationException();
  }

  @Override
  public DashboardInfo ensureDashboard(String controller) {
    throw new UnsupportedOperationException();
  }
}
