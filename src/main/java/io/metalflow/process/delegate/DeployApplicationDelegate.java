package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.juju.JujuCli;
import io.metalflow.process.DeployApplicationsProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One instance of the parallel deploy: {@code juju deploy} unless the application exists. A name
 * taken by another charm, or a charm Juju cannot deploy, is {@code Err_DeployRefused}.
 */
@Component("deployApplicationDelegate")
class DeployApplicationDelegate implements JavaDelegate {

  private final JujuCli juju;

  DeployApplicationDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ApplicationInput application =
        Vars.json(execution, DeployApplicationsProcess.APPLICATION, new TypeReference<>() {});
    String controller = Vars.string(execution, CONTROLLER_NAME);
    String model = Vars.string(execution, MODEL_NAME);
    BpmnErrors.expecting(
        BusinessOutcome.DEPLOY_REFUSED,
        () -> juju.ensureApplication(controller, model, application.toSpec()));
  }
}
