package io.metalflow.process.delegate;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasUser;
import io.metalflow.process.BootstrapControllerProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code whoami} with the configured key; a refused key is {@code Err_MaasAuthRefused}. */
@Component("checkMaasUserDelegate")
class CheckMaasUserDelegate implements JavaDelegate {

  private final MaasClient maas;

  CheckMaasUserDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaasUser user = BpmnErrors.expecting(BusinessOutcome.MAAS_AUTH_REFUSED, maas::whoami);
    execution.setVariable(BootstrapControllerProcess.MAAS_USER, user.username());
  }
}
