package io.metalflow.process.delegate;

import static io.metalflow.process.BootstrapControllerProcess.*;

import io.metalflow.juju.DashboardInfo;
import io.metalflow.juju.JujuCli;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Deploys the Juju dashboard into the controller model unless there; records where it answers. */
@Component("ensureDashboardDelegate")
class EnsureDashboardDelegate implements JavaDelegate {

  private final JujuCli juju;

  EnsureDashboardDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DashboardInfo dashboard =
        juju.ensureDashboard(Vars.string(execution, CommonNames.CONTROLLER_NAME));
    execution.setVariable(DASHBOARD_URL, dashboard.url());
    execution.setVariable(DASHBOARD_TUNNEL, dashboard.tunnelHint());
  }
}
