package io.metalflow.reliability.support;

import static io.metalflow.process.BootstrapControllerProcess.USER_TASK_RECOMMISSION_MACHINE;
import static io.metalflow.process.DeployApplicationsProcess.USER_TASK_INVESTIGATE_UNIT;
import static io.metalflow.process.ObservabilityStackProcess.USER_TASK_LAB_DONE;
import static io.metalflow.process.ObservabilityStackProcess.USER_TASK_TEARDOWN_AFTER_FAILURE;
import static io.metalflow.process.TeardownControllerProcess.USER_TASK_APPROVE_RELEASE;
import static io.metalflow.process.TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN;

import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
import java.util.Map;

/**
 * What the test operator answers at each user task, as the forms would set it: retry a failed unit,
 * recommission a failed machine, done with the lab, approve the teardown, release stuck machines,
 * tear down after a failure. "Tag a machine" and "Commissioning timed out" have no standard answer:
 * a stack waiting there is waiting for a person.
 */
public final class OperatorDecisions {

  private OperatorDecisions() {}

  public static Map<String, Map<String, Object>> standard() {
    return Map.of(
        USER_TASK_INVESTIGATE_UNIT,
        Map.of(DeployApplicationsProcess.UNIT_DECISION, DeployApplicationsProcess.DECISION_RETRY),
        USER_TASK_RECOMMISSION_MACHINE,
        Map.of(
            BootstrapControllerProcess.MACHINE_DECISION, BootstrapControllerProcess.DECISION_RETRY),
        USER_TASK_LAB_DONE,
        Map.of(),
        USER_TASK_APPROVE_TEARDOWN,
        Map.of(
            TeardownControllerProcess.TEARDOWN_DECISION,
            TeardownControllerProcess.DECISION_APPROVE),
        USER_TASK_APPROVE_RELEASE,
        Map.of(
            TeardownControllerProcess.RELEASE_DECISION, TeardownControllerProcess.DECISION_RELEASE),
        USER_TASK_TEARDOWN_AFTER_FAILURE,
        Map.of(
            ObservabilityStackProcess.FAILURE_DECISION,
            ObservabilityStackProcess.DECISION_TEARDOWN));
  }
}
