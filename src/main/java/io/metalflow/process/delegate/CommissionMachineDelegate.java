package io.metalflow.process.delegate;

import static io.metalflow.process.BootstrapControllerProcess.*;

import io.metalflow.maas.MaasClient;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * (Re)commissions the controller machine and counts the attempt. MAAS refusing it in the machine's
 * state is {@code Err_CommissionRefused}.
 */
@Component("commissionMachineDelegate")
class CommissionMachineDelegate implements JavaDelegate {

  private final MaasClient maas;

  CommissionMachineDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String systemId = Vars.string(execution, CONTROLLER_MACHINE);
    BpmnErrors.expecting(BusinessOutcome.COMMISSION_REFUSED, () -> maas.commission(systemId));
    execution.setVariable(COMMISSION_ATTEMPTS, Vars.integer(execution, COMMISSION_ATTEMPTS, 0) + 1);
  }
}
