package io.metalflow.process.delegate;

import io.metalflow.maas.MaasClient;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Adds the controller tag to the machine the operator chose (idempotent in MAAS). */
@Component("tagMachineDelegate")
class TagMachineDelegate implements JavaDelegate {

  private final MaasClient maas;

  TagMachineDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String machine = Vars.string(execution, BootstrapControllerProcess.CHOSEN_MACHINE);
    maas.updateTagNodes(
        Vars.string(execution, CommonNames.MACHINE_TAG), List.of(machine), List.of());
  }
}
