package io.metalflow.process.delegate;

import static io.metalflow.process.TeardownControllerProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.juju.JujuCli;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One model of the teardown inventory (sequential multi-instance): its apps and machines. */
@Component("describeModelDelegate")
class DescribeModelDelegate implements JavaDelegate {

  private final JujuCli juju;

  DescribeModelDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String model = Vars.string(execution, MODEL);
    TeardownInventory inventory =
        new TeardownInventory(
                Vars.json(execution, TEARDOWN_APPLICATIONS, new TypeReference<>() {}),
                Vars.json(execution, TEARDOWN_MACHINE_IDS, new TypeReference<>() {}))
            .with(model, juju.status(Vars.string(execution, CommonNames.CONTROLLER_NAME), model));
    Vars.setJson(execution, TEARDOWN_APPLICATIONS, inventory.applications());
    Vars.setJson(execution, TEARDOWN_MACHINE_IDS, inventory.machines());
  }
}
