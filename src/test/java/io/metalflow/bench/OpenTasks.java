package io.metalflow.bench;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * User tasks as they are created, from the engine's Spring events ({@code
 * camunda.bpm.eventing.task}, on by default): the operator waits on this queue instead of querying
 * the task table, so the benchmark adds no load of its own while stacks run. An event arrives
 * before the creating transaction commits; the operator retries until the task is visible.
 */
final class OpenTasks implements ApplicationListener<PayloadApplicationEvent<TaskEvent>> {

  /** A created task: its id and its definition key. */
  record Created(String id, String key) {}

  private final BlockingQueue<Created> created = new LinkedBlockingQueue<>();

  @Override
  public void onApplicationEvent(PayloadApplicationEvent<TaskEvent> event) {
    TaskEvent task = event.getPayload();
    if ("create".equals(task.getEventName())) {
      created.add(new Created(task.getId(), task.getTaskDefinitionKey()));
    }
  }

  /** The next created task, waiting up to {@code millis}; null when none came. */
  Created next(long millis) {
    try {
      return created.poll(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  void again(Created task) {
    created.add(task);
  }
}
