package io.metalflow.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.process.CommonNames;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.reliability.support.EngineRest.RestException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Plays the operator for every stack whose business key starts with one prefix, over REST:
 * completes the user tasks it has a decision for (by default: retry a failed unit, recommission a
 * failed machine, done with the lab, approve teardown, release stuck machines, tear down after a
 * failure), retries each stack's incidents a bounded number of times (Cockpit's "retry"), and notes
 * how each stack ended. A task without a decision stays open: the stack then "waits at a user
 * task".
 */
public final class StackOperator {

  private static final Duration PASS_PAUSE = Duration.ofMillis(300);

  private final Supplier<EngineRest> rest;
  private final String prefix;
  private final Map<String, Map<String, Object>> decisions = new HashMap<>();
  private final Map<String, StackRun> runs = new LinkedHashMap<>();
  private int incidentRetriesPerStack = 3;

  private StackOperator(Supplier<EngineRest> rest, String prefix) {
    this.rest = rest;
    this.prefix = prefix;
  }

  /** An operator with the {@link OperatorDecisions#standard() standard decisions}. */
  public static StackOperator standard(Supplier<EngineRest> rest, String prefix) {
    StackOperator operator = new StackOperator(rest, prefix);
    operator.decisions.putAll(OperatorDecisions.standard());
    return operator;
  }

  /** Completes tasks {@code taskDefinitionKey} with {@code variables}. */
  public StackOperator decide(String taskDefinitionKey, Map<String, Object> variables) {
    decisions.put(taskDefinitionKey, Map.copyOf(variables));
    return this;
  }

  /** Leaves tasks {@code taskDefinitionKey} open (the test completes them itself, or never). */
  public StackOperator leaveOpen(String taskDefinitionKey) {
    decisions.remove(taskDefinitionKey);
    return this;
  }

  public StackOperator incidentRetriesPerStack(int retries) {
    incidentRetriesPerStack = retries;
    return this;
  }

  /** Starts {@code observability-stack} for the plan and follows it. */
  public StackRun start(StackPlan plan) {
    return start(plan.businessKey(), plan.variables());
  }

  public StackRun start(String businessKey, Map<String, Object> variables) {
    return start(businessKey, variables, rest.get());
  }

  /** Starts the stack through {@code via} (e.g. another node of a cluster) and follows it. */
  public StackRun start(StackPlan plan, EngineRest via) {
    return start(plan.businessKey(), plan.variables(), via);
  }

  private StackRun start(String businessKey, Map<String, Object> variables, EngineRest via) {
    if (!businessKey.startsWith(prefix)) {
      throw new IllegalArgumentException(businessKey + " does not start with " + prefix);
    }
    String id = via.start(ObservabilityStackProcess.KEY, businessKey, variables);
    StackRun run = new StackRun(businessKey, id);
    synchronized (runs) {
      runs.put(businessKey, run);
    }
    return run;
  }

  public List<StackRun> runs() {
    synchronized (runs) {
      return List.copyOf(runs.values());
    }
  }

  private StackRun run(String businessKey) {
    synchronized (runs) {
      return businessKey == null ? null : runs.get(businessKey);
    }
  }

  /** Passes until every stack ended or the time is up; true when all ended. */
  public boolean runToEnd(Duration timeout) {
    return runUntil(() -> runs().stream().allMatch(StackRun::isEnded), timeout);
  }

  /**
   * Passes until {@code condition} holds (checked after each pass), every stack ended, or the time
   * is up. REST failures (a node going away) are noted and the pass is tried again.
   *
   * @return whether the condition held
   */
  public boolean runUntil(BooleanSupplier condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      try {
        pass();
      } catch (RestException e) {
        System.out.println("[operator] REST failed, trying again: " + e.getMessage());
      }
      if (condition.getAsBoolean()) {
        return true;
      }
      if (runs().stream().allMatch(StackRun::isEnded)) {
        return false;
      }
      Waits.sleep(PASS_PAUSE);
    }
    return false;
  }

  /** One look at every stack: tasks, incidents, ends. */
  public void pass() {
    EngineRest api = rest.get();
    Map<String, String> running = running(api);
    Map<String, List<String>> openTasks = tasks(api, running);
    Map<String, List<String>> openIncidents = incidents(api, running);
    for (StackRun run : runs()) {
      if (run.isEnded()) {
        continue;
      }
      if (running.containsKey(run.processInstanceId())) {
        run.open(
            openTasks.getOrDefault(run.businessKey(), List.of()),
            openIncidents.getOrDefault(run.businessKey(), List.of()));
      } else {
        finish(api, run);
      }
    }
  }

  /** Running instances (roots and children) of this operator's stacks: id to business key. */
  private Map<String, String> running(EngineRest api) {
    Map<String, String> ids = new HashMap<>();
    for (JsonNode pi :
        api.get("/process-instance?maxResults=10000&businessKeyLike=" + prefix + "%25")) {
      ids.put(pi.path("id").asText(), pi.path("businessKey").asText());
    }
    return ids;
  }

  private Map<String, List<String>> tasks(EngineRest api, Map<String, String> running) {
    Map<String, List<String>> open = new HashMap<>();
    for (JsonNode task :
        api.get("/task?maxResults=10000&processInstanceBusinessKeyLike=" + prefix + "%25")) {
      String key = task.path("taskDefinitionKey").asText();
      StackRun run = run(running.get(task.path("processInstanceId").asText()));
      Map<String, Object> decision = decisions.get(key);
      if (run == null || decision == null) {
        if (run != null) {
          open.computeIfAbsent(run.businessKey(), k -> new ArrayList<>()).add(key);
        }
        continue;
      }
      try {
        api.complete(task.path("id").asText(), decision);
        run.taskCompleted(key);
        System.out.println("[operator] " + run.businessKey() + ": completed " + key);
      } catch (RestException e) {
        System.out.println(
            "[operator] "
                + run.businessKey()
                + ": "
                + key
                + " not completed yet: "
                + e.getMessage());
      }
    }
    return open;
  }

  private Map<String, List<String>> incidents(EngineRest api, Map<String, String> running) {
    Map<String, List<String>> open = new HashMap<>();
    for (JsonNode incident : api.get("/incident?maxResults=10000")) {
      StackRun run = run(running.get(incident.path("processInstanceId").asText()));
      if (run == null || !isRootCause(incident)) {
        continue;
      }
      String text =
          incident.path("activityId").asText() + ": " + incident.path("incidentMessage").asText();
      if (run.incidentSeen(incident.path("id").asText())) {
        System.out.println("[operator] " + run.businessKey() + ": incident " + text);
      }
      if (run.incidentRetries() < incidentRetriesPerStack
          && "failedJob".equals(incident.path("incidentType").asText())) {
        api.retryJob(incident.path("configuration").asText());
        run.incidentRetried();
      } else {
        open.computeIfAbsent(run.businessKey(), k -> new ArrayList<>()).add(text);
      }
    }
    return open;
  }

  /** A failed job's own incident; the call activities above it carry copies without a job. */
  public static boolean isRootCause(JsonNode incident) {
    return incident.path("id").asText().equals(incident.path("rootCauseIncidentId").asText());
  }

  private void finish(EngineRest api, StackRun run) {
    api.history(run.processInstanceId())
        .filter(h -> !"ACTIVE".equals(h.path("state").asText()))
        .ifPresent(
            h -> {
              run.ended(
                  h.path("state").asText(),
                  endEvents(api, run.processInstanceId()),
                  api.historicVariable(run.processInstanceId(), CommonNames.ERROR)
                      .filter(JsonNode::isTextual)
                      .map(JsonNode::asText)
                      .orElse(null));
              System.out.println("[operator] ended: " + run);
            });
  }

  private static List<String> endEvents(EngineRest api, String processInstanceId) {
    List<String> ends = new ArrayList<>();
    for (JsonNode activity :
        api.get("/history/activity-instance?processInstanceId=" + processInstanceId)) {
      if (activity.path("activityType").asText().endsWith("EndEvent")) {
        ends.add(activity.path("activityId").asText());
      }
    }
    return ends;
  }
}
