package io.metalflow.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metalflow.lab.juju.CommandLogEntry;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.security.Json;
import io.metalflow.security.LabRun;
import io.metalflow.security.Rest;
import io.metalflow.security.Rest.Reply;
import io.metalflow.security.RunningMetalflow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * Hostile input over REST starts and start-form submissions of {@code observability-stack}, run
 * against the one running Metalflow with its lab: each request is refused with a readable 400/413,
 * or its instance ends at "Invalid input" with a readable {@code error} naming the bad variable;
 * the lab's main host receives no command; the engine stays healthy and a normal start still works
 * afterwards. jqwik does not run Spring's extension, so the application comes from {@link
 * RunningMetalflow}; tries are few because each one is a real start.
 */
class HostileRestStartTest {

  private static final Map<String, String> VALID_NAMES = validNames();

  private static RunningMetalflow app;
  private static Rest operator;

  @BeforeContainer
  static void start() {
    app = RunningMetalflow.get();
    operator = app.operator();
  }

  @Property(tries = 30)
  void hostileTopLevelInputIsRefusedBeforeAnyCommand(
      @ForAll("topLevel") HostileStart input, @ForAll boolean viaStartForm) {
    refusedBeforeAnyCommand(input, viaStartForm);
  }

  @Property(tries = 30)
  void hostileApplicationOrRelationInputIsRefusedBeforeAnyCommand(
      @ForAll("entries") HostileStart input, @ForAll boolean viaStartForm) {
    refusedBeforeAnyCommand(input, viaStartForm);
  }

  @Example
  void malformedJsonIsA400SayingWhere() {
    Reply reply = operator.post(startPath(false), "{\"variables\": {\"modelName\": ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(message(reply)).startsWith("malformed JSON at line 1, column ");
  }

  @Example
  void requestsOfTheWrongShapeAre400() {
    List<String> bodies =
        List.of(
            "[1, 2]",
            "\"start\"",
            "{\"variables\": [\"modelName\"]}",
            "{\"variables\": {\"modelName\": {\"value\": \"prom\", \"type\": \"NoSuchType\"}}}",
            "{\"variables\": {\"pollInterval\": {\"value\": \"soon\", \"type\": \"Date\"}}}",
            "{\"variables\": {\"modelName\": {\"value\": \"x\", \"type\": \"Integer\"}}}");
    for (String body : bodies) {
      Instant before = Instant.now();
      Reply reply = operator.post(startPath(false), body);

      assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(400);
      assertThat(reply.body()).as(body).isNotBlank();
      assertThat(commandsSince(before)).isEmpty();
    }
  }

  @Example
  void aPayloadOfSeveralMegabytesIs413() {
    String huge = "x".repeat(5 * 1024 * 1024);

    Reply reply =
        operator.post(
            startPath(false),
            "{\"variables\":{\"labNotes\":{\"value\":\"" + huge + "\",\"type\":\"String\"}}}");

    assertThat(reply.status()).isEqualTo(413);
    assertThat(message(reply)).contains("metalflow.rest.max-body-size");
  }

  @Example
  void aTextVariableOf64KiBIs400() {
    Reply reply =
        operator.post(
            startPath(false),
            Json.write(
                Map.of(
                    "variables",
                    Map.of("labNotes", HostileStart.typed("n".repeat(HostileValues.LONG))))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(message(reply))
        .isEqualTo(
            "variable 'labNotes': text of 65536 characters is longer than the 4000 the engine"
                + " stores");
  }

  @Example
  void aConfigKeyOf64KiBIs400BeforeTheEngineMustReadItAgain() {
    String apps =
        Json.write(
            List.of(
                Map.of(
                    "name",
                    "grafana",
                    "charm",
                    "grafana",
                    "config",
                    Map.of("k".repeat(HostileValues.LONG), "v"))));
    for (boolean viaStartForm : List.of(false, true)) {
      Instant before = Instant.now();

      Reply reply =
          operator.post(
              startPath(viaStartForm),
              Json.write(
                  Map.of(
                      "variables", Map.of("applications", Map.of("value", apps, "type", "Json")))));

      assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
      assertThat(message(reply)).startsWith("variable 'applications': not valid JSON");
      assertThat(commandsSince(before)).isEmpty();
    }
  }

  @Example
  void thousandsOfBadApplicationsGiveOneShortError() {
    List<Map<String, Object>> apps = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      apps.add(Map.of("name", "App " + i, "charm", "$(id)"));
    }
    HostileStart input =
        new HostileStart(
            "applications[0]",
            Map.of("applications", Map.of("value", Json.write(apps), "type", "Json")),
            "5000 bad applications");

    refusedBeforeAnyCommand(input, false);
  }

  @AfterContainer
  static void theEngineStaysHealthyAndANormalStartStillWorks() {
    assertThat(Json.read(app.anonymous().get("/actuator/health").body()).path("status").asText())
        .isEqualTo("UP");
    LabRun normal = new LabRun(app, operator, "after-hostile-input");
    String id =
        normal.start(
            ObservabilityStackProcess.KEY, Map.of(CommonNames.MACHINE_TAG, "after-hostile"));

    normal.awaitTask(BootstrapControllerProcess.USER_TASK_TAG_MACHINE);

    assertThat(app.admin().delete("/engine-rest/process-instance/" + id).status()).isEqualTo(204);
    RunningMetalflow.release();
  }

  private void refusedBeforeAnyCommand(HostileStart input, boolean viaStartForm) {
    Instant before = Instant.now();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("businessKey", "hostile");
    body.put("variables", input.variables());

    Reply reply = operator.post(startPath(viaStartForm), Json.write(body));

    Statistics.label("outcome")
        .collect(reply.status() == 200 ? "ended at Invalid input" : "REST " + reply.status());
    if (reply.status() == 400 || reply.status() == 413) {
      assertThat(message(reply)).as(reply.toString()).isNotBlank();
    } else {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      String error = endedAtInvalidInput(Json.read(reply.body()).path("id").asText());
      assertThat(error)
          .as("the readable error")
          .contains(input.target())
          .hasSizeLessThan(4000)
          .doesNotContain("\u0000", "\u001b");
    }
    assertThat(commandsSince(before)).as("commands sent to the main host").isEmpty();
  }

  /** Waits for the end; returns the {@code error} variable after checking the end event. */
  private String endedAtInvalidInput(String instanceId) {
    HistoryService history = app.bean(HistoryService.class);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                history
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(instanceId)
                        .finished()
                        .count()
                    == 1);
    assertThat(
            history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .activityId(CommonNames.END_INVALID_INPUT)
                .count())
        .as("ended at Invalid input")
        .isEqualTo(1);
    HistoricVariableInstance error =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(instanceId)
            .variableName(CommonNames.ERROR)
            .singleResult();
    return String.valueOf(error.getValue());
  }

  private static List<List<String>> commandsSince(Instant before) {
    return app.lab().mainHost().state().commandLog().stream()
        .filter(entry -> !entry.time().isBefore(before))
        .map(CommandLogEntry::argv)
        .toList();
  }

  private static String startPath(boolean viaStartForm) {
    return "/engine-rest/process-definition/key/"
        + ObservabilityStackProcess.KEY
        + (viaStartForm ? "/submit-form" : "/start");
  }

  private static String message(Reply reply) {
    return Json.read(reply.body()).path("message").asText();
  }

  @Provide
  Arbitrary<HostileStart> topLevel() {
    Arbitrary<String> name = Arbitraries.of(List.copyOf(VALID_NAMES.keySet()));
    Arbitrary<HostileStart> damaged =
        name.flatMap(
            n -> HostileValues.damaged(VALID_NAMES.get(n)).map(v -> HostileStart.variable(n, v)));
    Arbitrary<HostileStart> wrongType =
        name.flatMap(n -> HostileValues.wrongTypes().map(v -> HostileStart.variable(n, v)));
    Arbitrary<HostileStart> dashboard =
        Arbitraries.of("yes", "1", "true; reboot", "TRUE ", "on")
            .map(v -> HostileStart.variable(CommonNames.ENABLE_DASHBOARD, v));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, damaged),
        net.jqwik.api.Tuple.of(3, wrongType),
        net.jqwik.api.Tuple.of(1, dashboard));
  }

  @Provide
  Arbitrary<HostileStart> entries() {
    return Arbitraries.oneOf(
        HostileValues.damaged("grafana").map(v -> HostileStart.applicationField("name", v)),
        HostileValues.charms().map(v -> HostileStart.applicationField("charm", v)),
        HostileValues.damaged("latest/stable")
            .map(v -> HostileStart.applicationField("channel", v)),
        HostileValues.damaged("ubuntu@22.04").map(v -> HostileStart.applicationField("base", v)),
        HostileValues.damaged("mem=4G").map(v -> HostileStart.applicationField("constraints", v)),
        HostileValues.units().map(v -> HostileStart.applicationField("units", v)),
        HostileValues.wrongTypes().map(v -> HostileStart.applicationField("charm", v)),
        Arbitraries.of("", "   ").map(v -> HostileStart.applicationField("name", v)),
        HostileValues.damaged("scrape-interval").map(k -> HostileStart.config(k, "15s")),
        HostileValues.configValues().map(v -> HostileStart.config("admin_password", v)),
        HostileValues.damaged("prometheus:grafana-source").map(HostileStart::relation),
        HostileValues.wrongTypes().map(HostileStart::relation));
  }

  private static Map<String, String> validNames() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(CommonNames.CONTROLLER_NAME, "maas-controller");
    names.put(CommonNames.CLOUD_NAME, "maas-one");
    names.put(CommonNames.CREDENTIAL_NAME, "metalflow");
    names.put(CommonNames.MODEL_NAME, "prom");
    names.put(CommonNames.GRAFANA_APPLICATION, "grafana");
    names.put(CommonNames.PROMETHEUS_APPLICATION, "prometheus");
    names.put(CommonNames.MACHINE_TAG, "juju");
    names.put(CommonNames.JUJU_CHANNEL, "3.6");
    names.put(CommonNames.BOOTSTRAP_BASE, "ubuntu@22.04");
    names.put(CommonNames.MAAS_ENDPOINT, "http://127.0.0.1:5240/MAAS");
    names.put(CommonNames.POLL_INTERVAL, "PT1S");
    names.put(CommonNames.SETTLE_TIMEOUT, "PT5M");
    return names;
  }
}
