package io.metalflow.process.delegate;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import io.metalflow.process.BootstrapControllerProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Feeds the tag form's select: the Ready machines as {@code {label, value}}. */
@Component("listReadyMachinesDelegate")
class ListReadyMachinesDelegate implements JavaDelegate {

  private final MaasClient maas;

  ListReadyMachinesDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, String>> options =
        maas.machines(MachineQuery.all().withStatuses(MachineStatus.READY)).stream()
            .map(
                m ->
                    Map.of(
                        "label",
                        m.hostname() + " (" + m.systemId() + ", " + m.zone() + ")",
                        "value",
                        m.systemId()))
            .toList();
    Vars.setJson(execution, BootstrapControllerProcess.READY_MACHINES, options);
  }
}
