package io.metalflow.bench;

import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The operator of a benchmark run: completes "Done with the lab" and approves the teardown as soon
 * as they appear. Any other user task is an unplanned intervention: counted, printed, and answered
 * so that the stack ends and the lab is left clean (abort, tear down after a failure, release stuck
 * machines). "Tag a machine" is left open: the benchmark tags machines before it starts.
 */
final class Operator {

  private final TaskService tasks;
  private final Set<String> interventions = ConcurrentHashMap.newKeySet();

  Operator(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Completes every open task it has an answer for. */
  void completeOpenTasks() {
    for (Task task : tasks.createTaskQuery().active().list()) {
      String key = task.getTaskDefinitionKey();
      Map<String, Object> answer = planned(key);
      if (answer == null) {
        if (interventions.add(task.getId())) {
          System.out.println("  operator intervention: " + key + " (" + task.getName() + ")");
        }
        answer = unplanned(key);
      }
      if (answer != null) {
        tasks.complete(task.getId(), answer);
      }
    }
  }

  int interventions() {
    return interventions.size();
  }

  private static Map<String, Object> planned(String taskKey) {
    if (ObservabilityStackProcess.USER_TASK_LAB_DONE.equals(taskKey)) {
      return Map.of();
    }
    if (TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN.equals(taskKey)) {
      return Map.of(
          TeardownControllerProcess.TEARDOWN_DECISION, TeardownControllerProcess.DECISION_APPROVE);
    }
    return null;
  }

  private static Map<String, Object> unplanned(String taskKey) {
    if (DeployApplicationsProcess.USER_TASK_INVESTIGATE_UNIT.equals(taskKey)) {
      return Map.of(
          DeployApplicationsProcess.UNIT_DECISION, DeployApplicationsProcess.DECISION_ABORT);
    }
    if (BootstrapControllerProcess.USER_TASK_RECOMMISSION_MACHINE.equals(taskKey)
        || BootstrapControllerProcess.USER_TASK_COMMISSIONING_TIMED_OUT.equals(taskKey)) {
      return Map.of(
          BootstrapControllerProcess.MACHINE_DECISION, BootstrapControllerProcess.DECISION_ABORT);
    }
    if (ObservabilityStackProcess.USER_TASK_TEARDOWN_AFTER_FAILURE.equals(taskKey)) {
      return Map.of(
          ObservabilityStackProcess.FAILURE_DECISION, ObservabilityStackProcess.DECISION_TEARDOWN);
    }
    if (TeardownControllerProcess.USER_TASK_APPROVE_RELEASE.equals(taskKey)) {
      return Map.of(
          TeardownControllerProcess.RELEASE_DECISION, TeardownControllerProcess.DECISION_RELEASE);
    }
    return null;
  }
}
