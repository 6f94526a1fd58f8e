package io.metalflow.process.delegate;

import static io.metalflow.process.TeardownControllerProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Looks whether MAAS has every machine the controller held back in Ready; lists the others. */
@Component("checkMachinesReadyDelegate")
class CheckMachinesReadyDelegate implements JavaDelegate {

  private final MaasClient maas;

  CheckMachinesReadyDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> ids = Vars.json(execution, TEARDOWN_MACHINE_IDS, new TypeReference<>() {});
    List<Machine> stuck =
        ids.isEmpty()
            ? List.of()
            : maas.machines(MachineQuery.all().withSystemIds(ids.toArray(String[]::new))).stream()
                .filter(m -> m.status() != MachineStatus.READY)
                .toList();
    execution.setVariable(MACHINES_READY, stuck.isEmpty());
    PollBackoff.afterRead(execution);
    Vars.setJson(execution, STUCK_MACHINES, stuck.stream().map(Machine::systemId).toList());
    Vars.setJson(execution, STUCK_REPORT, MachineRows.rows(stuck));
    execution.setVariable(STUCK_SUMMARY, MachineRows.text(stuck));
  }
}
