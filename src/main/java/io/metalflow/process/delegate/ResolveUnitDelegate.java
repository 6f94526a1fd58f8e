package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.JujuCli;
import io.metalflow.process.DeployApplicationsProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code juju resolve UNIT} for one unit in error, after the operator chose "retry". */
@Component("resolveUnitDelegate")
class ResolveUnitDelegate implements JavaDelegate {

  private final JujuCli juju;

  ResolveUnitDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    juju.resolve(
        Vars.string(execution, CONTROLLER_NAME),
        Vars.string(execution, MODEL_NAME),
        Vars.string(execution, DeployApplicationsProcess.UNIT));
  }
}
