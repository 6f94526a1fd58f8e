package io.metalflow.process.delegate;

import static io.metalflow.process.TeardownControllerProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.process.CommonNames;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the inventory: the MAAS machines that will go, and a summary for the approval form. */
@Component("describeMachinesDelegate")
class DescribeMachinesDelegate implements JavaDelegate {

  private final MaasClient maas;

  DescribeMachinesDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> ids = Vars.json(execution, TEARDOWN_MACHINE_IDS, new TypeReference<>() {});
    List<Machine> machines =
        ids.isEmpty()
            ? List.of()
            : maas.machines(MachineQuery.all().withSystemIds(ids.toArray(String[]::new)));
    List<Map<String, String>> apps =
        Vars.json(execution, TEARDOWN_APPLICATIONS, new TypeReference<>() {});
    Vars.setJson(execution, TEARDOWN_MACHINES, MachineRows.rows(machines));
    execution.setVariable(
        TEARDOWN_SUMMARY,
        "Controller "
            + Vars.string(execution, CommonNames.CONTROLLER_NAME)
            + " with "
            + apps.size()
            + " application(s) and "
            + machines.size()
            + " MAAS machine(s) will be destroyed:\n"
            + MachineRows.text(machines));
  }
}
