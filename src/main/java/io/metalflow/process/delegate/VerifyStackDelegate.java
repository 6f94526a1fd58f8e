package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.IntegrateApplicationsProcess.*;

import io.metalflow.stack.StackVerification;
import io.metalflow.stack.StackVerifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Checks Grafana and Prometheus end to end (creating the data source if the relation did not) and
 * records the outcome; the verification holds no credentials.
 */
@Component("verifyStackDelegate")
class VerifyStackDelegate implements JavaDelegate {

  private final StackVerifier verifier;

  VerifyStackDelegate(StackVerifier verifier) {
    this.verifier = verifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StackVerification result =
        verifier.verify(
            Vars.string(execution, CONTROLLER_NAME),
            Vars.string(execution, MODEL_NAME),
            Vars.string(execution, GRAFANA_APPLICATION),
            Vars.string(execution, PROMETHEUS_APPLICATION));
    execution.setVariable(DATASOURCE_UID, result.datasourceUid());
    execution.setVariable(VERIFICATION_PASSED, result.passed());
    execution.setVariable(VERIFICATION_MESSAGE, result.message());
    Vars.setJson(execution, VERIFICATION, result);
  }
}
