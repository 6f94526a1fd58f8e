package io.metalflow.process.delegate;

import static io.metalflow.process.TeardownControllerProcess.*;

import io.metalflow.maas.MaasClient;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Releases one stuck machine after the operator approved it (a no-op on Ready in MAAS). */
@Component("releaseMachineDelegate")
class ReleaseMachineDelegate implements JavaDelegate {

  private final MaasClient maas;

  ReleaseMachineDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String comment =
        "Released by Metalflow after tearing down "
            + Vars.string(execution, CommonNames.CONTROLLER_NAME);
    maas.release(Vars.string(execution, MACHINE), comment);
  }
}
