package io.metalflow.process.delegate;

import io.metalflow.juju.JujuCli;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Check before act: a controller the client already knows is not bootstrapped again. */
@Component("lookUpControllerDelegate")
class LookUpControllerDelegate implements JavaDelegate {

  private final JujuCli juju;

  LookUpControllerDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean exists =
        juju.controller(Vars.string(execution, CommonNames.CONTROLLER_NAME)).isPresent();
    execution.setVariable(BootstrapControllerProcess.CONTROLLER_EXISTS, exists);
  }
}
