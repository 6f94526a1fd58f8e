package io.metalflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metalflow.juju.JujuCli;
import io.metalflow.juju.JujuStatus;
import io.metalflow.lab.EmbeddedLab;
import io.metalflow.lab.juju.LabController;
import io.metalflow.lab.maas.LabMachineView;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MachineStatus;
import io.metalflow.process.TeardownControllerProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Metalflow on the embedded lab, with its job executor on and the web server on a random port, as
 * an operator runs it; the steps and checks the end-to-end tests share. Every test of a class runs
 * in the same Spring context (one lab, one engine), so each one uses its own controller name and
 * machine tag and leaves every machine Ready. A subclass owns its {@link LabRunFiles} (a fresh data
 * dir and log file per class) and registers them with {@link #labFiles}.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "metalflow.lab.enabled=true",
      "metalflow.lab.maas.port=0",
      "metalflow.lab.main-host.port=0",
      "camunda.bpm.job-execution.enabled=true",
      "camunda.bpm.job-execution.wait-time-in-millis=100",
      "camunda.bpm.job-execution.max-wait=500",
      "metalflow.process.poll-interval=PT1S",
      "metalflow.process.commissioning-timeout=PT1M",
      "metalflow.process.bootstrap-timeout=PT2M",
      "metalflow.process.settle-timeout=PT1M",
      "metalflow.process.destroy-timeout=PT1M",
      "metalflow.process.release-timeout=PT30S"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Each class has its own data dir, so no other class can reuse its context: close it (the lab,
// the job executor) right after the class instead of keeping it idle in the cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class LabStackTestSupport {

  static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);
  static final String ADMIN = "admin";
  static final String MODEL = "prom";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired EmbeddedLab lab;
  @Autowired MaasClient maas;
  @Autowired JujuCli juju;

  EngineRest rest;

  abstract LabRunFiles files();

  static void labFiles(DynamicPropertyRegistry registry, LabRunFiles files) {
    registry.add("metalflow.data-dir", () -> files.dataDir().toString());
    registry.add("metalflow.admin.password", files::adminPassword);
  }

  @BeforeEach
  void restClient() {
    rest = new EngineRest(port, ADMIN, files().adminPassword());
  }

  @AfterAll
  void releaseFiles() {
    files().close();
  }

  // --- Given: the lab as an operator prepares it through the MAAS API

  String systemId(String hostname) {
    return machine(hostname).systemId();
  }

  LabMachineView machine(String hostname) {
    return lab.maas().machines().byHostname(hostname).orElseThrow();
  }

  void tagInMaas(String hostname, String tag) {
    maas.ensureTag(tag, "set by the end-to-end test");
    maas.updateTagNodes(tag, List.of(systemId(hostname)), List.of());
  }

  // --- When: the operator drives the run over REST

  /** Waits until the run with this business key waits at the task; fails fast on an incident. */
  String awaitTask(String businessKey, String taskDefinitionKey) {
    return await("task " + taskDefinitionKey + " of " + businessKey)
        .atMost(STEP_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .failFast("an incident was raised", () -> !incidents().isEmpty())
        .until(() -> rest.openTask(businessKey, taskDefinitionKey), t -> t.isPresent())
        .orElseThrow();
  }

  void completeTask(String businessKey, String taskDefinitionKey, Map<String, ?> variables) {
    rest.complete(awaitTask(businessKey, taskDefinitionKey), variables);
  }

  void approveTeardown(String businessKey, String comment) {
    completeTask(
        businessKey,
        TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN,
        Map.of(
            TeardownControllerProcess.TEARDOWN_DECISION,
            TeardownControllerProcess.DECISION_APPROVE,
            TeardownControllerProcess.TEARDOWN_COMMENT,
            comment));
  }

  /** The values of a Json list variable the task's form shows, e.g. the select's options. */
  List<String> formOptions(String taskId, String variable) {
    JsonNode options = readJson(rest.formVariables(taskId).path(variable).path("value").asText());
    List<String> values = new ArrayList<>();
    options.forEach(o -> values.add(o.path("value").asText()));
    return values;
  }

  /** A text variable as the task's form shows it, e.g. why the task came back. */
  String formText(String taskId, String variable) {
    return rest.formVariables(taskId).path(variable).path("value").asText(null);
  }

  void awaitEnded(String processInstanceId) {
    await("process instance " + processInstanceId + " ends")
        .atMost(STEP_TIMEOUT)
        .pollInterval(Duration.ofMillis(250))
        .failFast("an incident was raised", () -> !incidents().isEmpty())
        .until(() -> historicInstance(processInstanceId).getEndTime() != null);
  }

  // --- Then: what the lab and the engine show

  JujuStatus modelStatus(String controller) {
    return juju.status(controller, MODEL);
  }

  LabController labController(String controller) {
    return lab.mainHost().state().controller(controller).orElseThrow();
  }

  List<Incident> incidents() {
    return engine.getRuntimeService().createIncidentQuery().list();
  }

  void assertNoIncidentEver() {
    assertThat(incidents()).extracting(Incident::getIncidentMessage).isEmpty();
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().list()).isEmpty();
  }

  /** Process key to end activity id, for every instance of the run (children included). */
  Map<String, String> endEvents(String businessKey) {
    HistoryService history = engine.getHistoryService();
    List<HistoricProcessInstance> instances =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
    assertThat(instances).allSatisfy(i -> assertThat(i.getEndTime()).as(i.getId()).isNotNull());
    return instances.stream()
        .collect(
            Collectors.toMap(
                HistoricProcessInstance::getProcessDefinitionKey,
                HistoricProcessInstance::getEndActivityId));
  }

  Object historicVariable(String processInstanceId, String name) {
    var variable =
        engine
            .getHistoryService()
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            .variableName(name)
            .singleResult();
    return variable == null ? null : variable.getValue();
  }

  void assertEveryMachineReadyWithoutOwner() {
    assertThat(lab.maas().machines().all())
        .allSatisfy(
            m -> {
              assertThat(m.status()).as(m.hostname()).isEqualTo(MachineStatus.READY);
              assertThat(m.owner()).as(m.hostname()).isNull();
            });
  }

  void assertTheMaasKeyLeakedNowhere() {
    String key = files().maasApiKey();
    String tokenSecret = key.substring(key.lastIndexOf(':') + 1);
    assertThat(MaasKeyLeaks.find(key, engine, List.of("oauth_signature=&" + tokenSecret)))
        .as("the scan sees a leaked secret")
        .containsExactly("log line 1 contains the token secret");
    assertThat(files().logLines()).as("the log file").isNotEmpty();
    assertThat(MaasKeyLeaks.find(key, engine, files().logLines())).isEmpty();
  }

  private HistoricProcessInstance historicInstance(String id) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(id)
        .singleResult();
  }

  static JsonNode json(String text) {
    return readJson(text);
  }

  private static JsonNode readJson(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
