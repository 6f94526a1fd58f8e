package io.metalflow.process.delegate;

import static io.metalflow.process.BootstrapControllerProcess.*;

import io.metalflow.juju.ControllerInfo;
import io.metalflow.juju.JujuCli;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Confirms the client knows the controller and records its machine and address; a missing
 * controller is {@code Err_ControllerMissing}.
 */
@Component("verifyControllerDelegate")
class VerifyControllerDelegate implements JavaDelegate {

  private final JujuCli juju;

  VerifyControllerDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String name = Vars.string(execution, CommonNames.CONTROLLER_NAME);
    ControllerInfo info =
        juju.controller(name)
            .orElseThrow(() -> BpmnErrors.raise(BusinessOutcome.CONTROLLER_MISSING, name));
    if (!info.machineInstanceIds().isEmpty()) {
      execution.setVariable(CONTROLLER_MACHINE, info.machineInstanceIds().get(0));
    }
    execution.setVariable(CONTROLLER_ADDRESS, ControllerAddress.of(info));
  }
}
