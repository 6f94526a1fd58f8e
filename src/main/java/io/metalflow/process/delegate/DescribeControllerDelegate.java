package io.metalflow.process.delegate;

import static io.metalflow.process.TeardownControllerProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.juju.ControllerInfo;
import io.metalflow.juju.JujuCli;
import io.metalflow.process.CommonNames;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts the teardown inventory: whether the controller exists, its models, and the MAAS machines
 * known so far (its own, plus {@code controllerMachine} and {@code modelMachines} if given).
 */
@Component("describeControllerDelegate")
class DescribeControllerDelegate implements JavaDelegate {

  private final JujuCli juju;

  DescribeControllerDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<ControllerInfo> info =
        juju.controller(Vars.string(execution, CommonNames.CONTROLLER_NAME));
    TeardownInventory inventory =
        TeardownInventory.start(
            info,
            Vars.optionalString(execution, CONTROLLER_MACHINE),
            Vars.json(execution, CommonNames.MODEL_MACHINES, new TypeReference<>() {}));
    execution.setVariable(CONTROLLER_EXISTS, info.isPresent());
    Vars.setJson(execution, TEARDOWN_MODELS, info.map(ControllerInfo::models).orElse(List.of()));
    Vars.setJson(execution, TEARDOWN_MACHINE_IDS, inventory.machines());
    Vars.setJson(execution, TEARDOWN_APPLICATIONS, inventory.applications());
  }
}
