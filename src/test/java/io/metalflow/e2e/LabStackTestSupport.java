package io.metalflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metalflow.juju.JujuCli;
import io.metalflow.lab.EmbeddedLab;
import io.metalflow.lab.juju.LabController;
import io.metalflow.lab.juju.LabCounters;
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
import org.camunda.bpm.engine.ProcessEngine;
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
      // generous for a loaded CI machine: a timeout only fires when something is wrong
      "metalflow.process.commissioning-timeout=PT2M",
      "metalflow.process.bootstrap-timeout=PT3M",
      "metalflow.process.settle-timeout=PT2M",
      "metalflow.process.destroy-timeout=PT2M",
      "metalflow.process.release-timeout=PT1M"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// Each class has its own data dir, so no other class can reuse its context: close it (the lab,
// the job executor) right after the class instead of keeping it idle in the cache.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class LabStackTestSupport {

  static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);
  static final String ADMIN = "admin";
  static final String MODEL = "prom";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired EmbeddedLab lab;
  @Autowired MaasClient maas;
  @Autowired JujuCli juju;

  EngineRest rest;
  RunHistory history;

  abstract LabRunFiles files();

  static void labFiles(DynamicPropertyRegistry registry, LabRunFiles files) {
    registry.add("metalflow.data-dir", () -> files.dataDir().toString());
    registry.add("metalflow.admin.password", files::adminPassword);
  }

  @BeforeEach
  void clients() {
    rest = new EngineRest(port, ADMIN, files().adminPassword());
    history = new RunHistory(engine);
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
        .failFast("an incident was raised", () -> !history.openIncidents().isEmpty())
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
    JsonNode options = json(rest.formVariables(taskId).path(variable).path("value").asText());
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
        .failFast("an incident was raised", () -> !history.openIncidents().isEmpty())
        .until(() -> history.ended(processInstanceId));
  }

  // --- Then: what the lab and the engine show

  LabController labController(String controller) {
    return lab.mainHost().state().controller(controller).orElseThrow();
  }

  void assertEveryMachineReadyWithoutOwner() {
    assertThat(lab.maas().machines().all())
        .allSatisfy(
            m -> {
              assertThat(m.status()).as(m.hostname()).isEqualTo(MachineStatus.READY);
              assertThat(m.owner()).as(m.hostname()).isNull();
            });
  }

  /** Controller gone, machines back, one bootstrap and one destroy, never an incident. */
  void assertTheLabIsAsItWas(String controller) {
    assertThat(lab.mainHost().state().controller(controller)).isEmpty();
    assertEveryMachineReadyWithoutOwner();
    history.assertNoIncidentEver();
    LabCounters counters = lab.mainHost().state().counters(controller);
    assertThat(counters.bootstraps()).isEqualTo(1);
    assertThat(counters.destroys()).isEqualTo(1);
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

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
