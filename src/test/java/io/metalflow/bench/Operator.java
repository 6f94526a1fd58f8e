package io.metalflow.bench;

import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The operator of a benchmark run: completes "Done with the lab" and approves the teardown as soon
 * as they appear. Any other user task is an unplanned intervention: counted, and answered so the
 * lab is left clean (tear down after a failure, release stuck machines).
 */
final class Operator {

  private final TaskService tasks;
  private final AtomicInteger interventions = new AtomicInteger();

  Operator(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Completes every open task once; returns how many it completed. */
  int completeOpenTasks() {
    int done = 0;
    for (Task task : tasks.createTaskQuery().active().list()) {
      Map<String, Object> answer = answer(task.getTaskDefinitionKey());
      if (answer != null) {
        tasks.complete(task.getId(), answer);
        done++;
      }
    }
    return done;
  }

  int interventions() {
    return interventions.get();
  }

  private Map<String, Object> answer(String taskKey) {
    if (ObservabilityStackProcess.USER_TASK_LAB_DONE.equals(taskKey)) {
      return Map.of();
    }
    if (TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN.equals(taskKey)) {
      return Map.of(
          TeardownControllerProcess.TEARDOWN_DECISION, TeardownControllerProcess.DECISION_APPROVE);
    }
    interventions.incrementAndGet();
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
