package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.JujuCli;
import io.metalflow.process.DeployApplicationsProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code juju add-model} unless the model exists. */
@Component("ensureModelDelegate")
class EnsureModelDelegate implements JavaDelegate {

  private final JujuCli juju;

  EnsureModelDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean added =
        juju.ensureModel(
            Vars.string(execution, CONTROLLER_NAME),
            Vars.string(execution, MODEL_NAME),
            Vars.string(execution, CLOUD_NAME),
            Vars.string(execution, CREDENTIAL_NAME));
    execution.setVariable(DeployApplicationsProcess.MODEL_ADDED, added);
  }
}
