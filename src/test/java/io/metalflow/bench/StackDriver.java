package io.metalflow.bench;

import io.metalflow.process.ObservabilityStackProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Starts observability stacks through the engine API, plays the operator (as user tasks are
 * created), and waits until every stack has ended (or the deadline passed): an instance whose end
 * event was seen is read from the history, for its end time and end event.
 */
final class StackDriver {

  private static final long END_POLL_MILLIS = 200;

  private final MetalflowRun run;
  private final Operator operator;

  StackDriver(MetalflowRun run) {
    this.run = run;
    this.operator = new Operator(run.tasks(), run.openTasks());
  }

  /** Starts every stack at once and waits for all of them. */
  List<StackResult> run(List<StackNames> stacks, Duration timeout) {
    ControllerMachines.tag(run.maas(), stacks);
    Map<String, Long> started = new LinkedHashMap<>();
    for (StackNames names : stacks) {
      long now = System.currentTimeMillis();
      String id =
          run.runtime()
              .startProcessInstanceByKey(
                  ObservabilityStackProcess.KEY, names.controller(), names.variables())
              .getId();
      started.put(id, now);
    }
    return await(started, System.currentTimeMillis() + timeout.toMillis());
  }

  int interventions() {
    return operator.interventions();
  }

  private List<StackResult> await(Map<String, Long> started, long deadline) {
    Map<String, StackResult> ended = new HashMap<>();
    while (ended.size() < started.size() && System.currentTimeMillis() < deadline) {
      operator.work(END_POLL_MILLIS);
      collectEnded(started, ended);
    }
    collectEnded(started, ended);
    List<StackResult> results = new ArrayList<>();
    started.forEach(
        (id, start) ->
            results.add(ended.getOrDefault(id, new StackResult(id, start, -1, "(still running)"))));
    return results;
  }

  private void collectEnded(Map<String, Long> started, Map<String, StackResult> ended) {
    List<String> open =
        started.keySet().stream()
            .filter(id -> !ended.containsKey(id) && run.ended().hasEnded(id))
            .toList();
    if (open.isEmpty()) {
      return;
    }
    for (HistoricProcessInstance done :
        run.history()
            .createHistoricProcessInstanceQuery()
            .processInstanceIds(new java.util.HashSet<>(open))
            .finished()
            .list()) {
      ended.put(
          done.getId(),
          new StackResult(
              done.getId(),
              started.get(done.getId()),
              done.getEndTime().getTime(),
              done.getEndActivityId()));
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
