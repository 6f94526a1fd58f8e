package io.metalflow.process.delegate;

import static io.metalflow.process.BootstrapControllerProcess.*;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Lists the machines with the controller tag and decides the next step ({@link MachineChoice}). */
@Component("findControllerMachineDelegate")
class FindControllerMachineDelegate implements JavaDelegate {

  private final MaasClient maas;

  FindControllerMachineDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tag = Vars.string(execution, CommonNames.MACHINE_TAG);
    MachineChoice choice =
        MachineChoice.of(
            TaggedMachines.find(maas, tag), Vars.integer(execution, COMMISSION_ATTEMPTS, 0));
    execution.setVariable(MACHINE_NEXT, choice.next());
    PollBackoff.afterRead(execution);
    Machine machine = choice.machine();
    if (machine != null) {
      execution.setVariable(CONTROLLER_MACHINE, machine.systemId());
      execution.setVariable(CONTROLLER_MACHINE_NAME, machine.hostname());
      execution.setVariable(MACHINE_STATUS, machine.status().displayName());
      execution.setVariable(MACHINE_STATUS_MESSAGE, machine.statusMessage());
    }
  }
}
