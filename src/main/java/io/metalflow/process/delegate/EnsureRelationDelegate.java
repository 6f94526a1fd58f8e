package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.juju.JujuCli;
import io.metalflow.process.IntegrateApplicationsProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code juju integrate A B} unless related; Juju refusing it is {@code Err_RelationRefused}. */
@Component("ensureRelationDelegate")
class EnsureRelationDelegate implements JavaDelegate {

  private final JujuCli juju;

  EnsureRelationDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RelationInput relation =
        Vars.json(execution, IntegrateApplicationsProcess.RELATION, new TypeReference<>() {});
    String controller = Vars.string(execution, CONTROLLER_NAME);
    String model = Vars.string(execution, MODEL_NAME);
    BpmnErrors.expecting(
        BusinessOutcome.RELATION_REFUSED,
        () ->
            juju.ensureRelation(
                controller, model, relation.firstEndpoint(), relation.secondEndpoint()));
  }
}
