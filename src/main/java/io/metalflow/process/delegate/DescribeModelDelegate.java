package io.metalflow.process.delegate;

import static io.metalflow.process.TeardownControllerProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.juju.JujuCli;
import io.metalflow.juju.JujuStatus;
import io.metalflow.process.CommonNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One model of the teardown inventory (sequential multi-instance): adds its applications and the
 * MAAS machines under it to the inventory.
 */
@Component("describeModelDelegate")
class DescribeModelDelegate implements JavaDelegate {

  private final JujuCli juju;

  DescribeModelDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String model = Vars.string(execution, MODEL);
    JujuStatus status = juju.status(Vars.string(execution, CommonNames.CONTROLLER_NAME), model);
    List<Map<String, String>> apps =
        new ArrayList<>(Vars.json(execution, TEARDOWN_APPLICATIONS, new TypeReference<>() {}));
    status.applications().values().forEach(a -> apps.add(row(model, a)));
    Set<String> machines =
        new LinkedHashSet<>(
            Vars.json(execution, TEARDOWN_MACHINE_IDS, new TypeReference<List<String>>() {}));
    status.machines().values().stream()
        .map(JujuStatus.MachineState::instanceId)
        .filter(Objects::nonNull)
        .forEach(machines::add);
    Vars.setJson(execution, TEARDOWN_APPLICATIONS, apps);
    Vars.setJson(execution, TEARDOWN_MACHINE_IDS, List.copyOf(machines));
  }

  private static Map<String, String> row(String model, JujuStatus.ApplicationState app) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("model", model);
    row.put("application", app.name());
    row.put("charm", app.charmName());
    return row;
  }
}
