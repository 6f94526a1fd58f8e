package io.metalflow.process.delegate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.juju.JujuCommandFailedException;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.junit.jupiter.api.Test;

class BusinessOutcomeTest {

  static final List<String> STATUS = List.of("/snap/bin/juju", "status", "--format=json");

  @Test
  void aJujuErrorExitIsARefusedDeployment() {
    // Given juju exited 1 with its ERROR line
    JujuCommandFailedException refused =
        new JujuCommandFailedException(STATUS, 1, "", "ERROR charm not found");

    // When / Then the deploy step ends at its BPMN error
    assertThatThrownBy(() -> BpmnErrors.expecting(BusinessOutcome.DEPLOY_REFUSED, fail(refused)))
        .isInstanceOf(BpmnError.class)
        .hasMessageContaining("Juju refused to deploy the application");
  }

  @Test
  void aCommandThatLostItsConnectionIsRetriedNotARefusal() {
    // Given the SSH session closed before juju reported an exit status (exit -1), as the fault
    // soak's dropped connections showed
    JujuCommandFailedException lost = new JujuCommandFailedException(STATUS, -1, "", "");

    // When / Then the failure propagates (the engine retries the job), for deploy and relation
    assertThatThrownBy(() -> BpmnErrors.expecting(BusinessOutcome.DEPLOY_REFUSED, fail(lost)))
        .isSameAs(lost);
    assertThatThrownBy(() -> BpmnErrors.expecting(BusinessOutcome.RELATION_REFUSED, fail(lost)))
        .isSameAs(lost);
    assertThat(BusinessOutcome.RELATION_REFUSED.matches(lost)).isFalse();
  }

  private static Runnable fail(RuntimeException e) {
    return () -> {
      throw e;
    };
  }
}
