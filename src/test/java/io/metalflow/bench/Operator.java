package io.metalflow.bench;

import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.TaskService;

/**
 * The operator of a benchmark run: completes "Done with the lab" and approves the teardown as soon
 * as they appear. Any other user task is an unplanned intervention: counted, printed, and answered
 * so that the stack ends and the lab is left clean (abort, tear down after a failure, release stuck
 * machines). "Tag a machine" is left open: the benchmark tags machines before it starts.
 */
final class Operator {

  /** Times a created task is looked for before it counts as gone (its creator rolled back). */
  private static final int ATTEMPTS = 1000;

  private final TaskService tasks;
  private final OpenTasks open;
  private final Set<String> interventions = ConcurrentHashMap.newKeySet();
  private final Map<String, Integer> attempts = new ConcurrentHashMap<>();

  Operator(TaskService tasks, OpenTasks open) {
    this.tasks = tasks;
    this.open = open;
  }

  /** Handles the tasks created in the next {@code millis} (at least waits that long for one). */
  void work(long millis) {
    OpenTasks.Created task = open.next(millis);
    while (task != null) {
      handle(task);
      task = open.next(0);
    }
  }

  int interventions() {
    return interventions.size();
  }

  private void handle(OpenTasks.Created task) {
    Map<String, Object> answer = planned(task.key());
    if (answer == null) {
      if (interventions.add(task.id())) {
        System.out.println("  operator intervention: " + task.key());
      }
      answer = unplanned(task.key());
    }
    if (answer == null) {
      return;
    }
    if (tasks.createTaskQuery().taskId(task.id()).count() == 0) {
      if (attempts.merge(task.id(), 1, Integer::sum) < ATTEMPTS) {
        StackDriver.sleep(3);
        open.again(task);
      }
      return;
    }
    attempts.remove(task.id());
    tasks.complete(task.id(), answer);
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
