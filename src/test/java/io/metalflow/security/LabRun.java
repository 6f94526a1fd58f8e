package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.security.Rest.Reply;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Drives one process over REST as one user, the way a portal or an operator in Tasklist would:
 * start with variables, wait for a user task by its id, complete it, wait for the end. A waiting
 * step fails at once, with the incident's message, when a job of the run has used up its retries.
 */
public final class LabRun {

  private static final Duration STEP = Duration.ofMinutes(4);

  private final RunningMetalflow app;
  private final Rest as;
  private final String businessKey;
  private String instanceId;

  public LabRun(RunningMetalflow app, Rest as, String businessKey) {
    this.app = app;
    this.as = as;
    this.businessKey = businessKey;
  }

  /** Starts {@code processKey} with String variables; returns the process instance id. */
  public String start(String processKey, Map<String, String> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", businessKey);
    body.put("variables", typed(variables));
    Reply reply =
        as.post("/engine-rest/process-definition/key/" + processKey + "/start", Json.write(body));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    instanceId = Json.read(reply.body()).path("id").asText();
    return instanceId;
  }

  /** Waits until a task {@code taskKey} of this run (or its called processes) is open. */
  public String awaitTask(String taskKey) {
    String path =
        "/engine-rest/task?processInstanceBusinessKey="
            + businessKey
            + "&taskDefinitionKey="
            + taskKey;
    String[] id = new String[1];
    await()
        .atMost(STEP)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              failOnIncident();
              JsonNode tasks = Json.read(as.get(path).body());
              id[0] = tasks.path(0).path("id").asText(null);
              return id[0] != null;
            });
    return id[0];
  }

  public void complete(String taskId, Map<String, String> variables) {
    Reply reply =
        as.post(
            "/engine-rest/task/" + taskId + "/complete",
            Json.write(Map.of("variables", typed(variables))));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }

  /** Waits until the run's process instance has ended; returns it from the history. */
  public HistoricProcessInstance awaitEnd() {
    HistoryService history = app.bean(HistoryService.class);
    await()
        .atMost(STEP)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              failOnIncident();
              return history
                      .createHistoricProcessInstanceQuery()
                      .processInstanceId(instanceId)
                      .finished()
                      .count()
                  == 1;
            });
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId)
        .singleResult();
  }

  public String instanceId() {
    return instanceId;
  }

  private void failOnIncident() {
    List<String> ids =
        app
            .bean(HistoryService.class)
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .list()
            .stream()
            .map(HistoricProcessInstance::getId)
            .toList();
    for (String id : ids) {
      List<Incident> incidents =
          app.bean(RuntimeService.class).createIncidentQuery().processInstanceId(id).list();
      assertThat(incidents)
          .as("incidents of " + businessKey)
          .extracting(i -> i.getActivityId() + ": " + i.getIncidentMessage())
          .isEmpty();
    }
  }

  private static Map<String, Object> typed(Map<String, String> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
    return typed;
  }
}
