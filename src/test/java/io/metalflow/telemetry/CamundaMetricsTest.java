package io.metalflow.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.MaasClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Camunda gauges and process durations against the in-memory engine of a full Metalflow
 * context, and {@code /actuator/prometheus} and {@code /actuator/health} as served.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "metalflow.lab.enabled=false",
      "camunda.bpm.job-execution.enabled=false",
      "metalflow.telemetry.camunda-refresh=0s"
    })
@AutoConfigureObservability
class CamundaMetricsTest {

  static final String PROBE = "telemetry-probe";
  static final String QUICK = "telemetry-quick";
  static MaasSimulator maas = MaasSimulator.start(MaasLabSettings.zeroDelay());
  static int closedSshPort;

  @DynamicPropertySource
  static void lab(DynamicPropertyRegistry registry) throws IOException {
    closedSshPort = closedPort();
    registry.add("metalflow.data-dir", () -> tempDir());
    registry.add("metalflow.maas.url", () -> maas.url().toString());
    registry.add("metalflow.maas.api-key", maas::apiKey);
    registry.add("metalflow.ssh.port", () -> closedSshPort);
  }

  @AfterAll
  static void stopMaas() {
    maas.close();
  }

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;
  @Autowired MaasClient maasClient;

  @BeforeEach
  void deploy() {
    repository
        .createDeployment()
        .name("telemetry-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("io/metalflow/telemetry/telemetry-probe.bpmn")
        .deploy();
  }

  @AfterEach
  void removeInstances() {
    runtime.createProcessInstanceQuery().list().stream()
        .filter(pi -> pi.getRootProcessInstanceId().equals(pi.getId()))
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
  }

  @Test
  void gaugesShowIncidentsFailedJobsBacklogActiveInstancesAndOpenTasks() {
    // Given two instances waiting in a user task, one with a due async job, one whose job failed
    startProbe(false);
    startProbe(false);
    startProbe(true);
    exhaustRetries(startProbe(true));

    // When the gauges are read
    double failedJobs = gauge("metalflow.camunda.jobs.failed", Map.of());

    // Then
    assertThat(failedJobs).isEqualTo(1);
    assertThat(gauge("metalflow.camunda.incidents.open", Map.of("type", "failedJob"))).isEqualTo(1);
    assertThat(gauge("metalflow.camunda.incidents.open", Map.of("type", "other"))).isZero();
    assertThat(gauge("metalflow.camunda.jobs.executable", Map.of())).isEqualTo(1);
    assertThat(gauge("metalflow.camunda.tasks.open", Map.of())).isEqualTo(2);
    assertThat(gauge("metalflow.camunda.process.instances.active", Map.of("process", PROBE)))
        .isEqualTo(4);
    assertThat(gauge("metalflow.camunda.process.instances.active", Map.of("process", QUICK)))
        .isZero();
  }

  @Test
  void aCustomIncidentCountsAsOther() {
    ProcessInstance waiting = startProbe(false);
    runtime.createIncident("metalflowTest", waiting.getId(), "probe");

    gauge("metalflow.camunda.jobs.failed", Map.of());
    assertThat(gauge("metalflow.camunda.incidents.open", Map.of("type", "other"))).isEqualTo(1);
    assertThat(gauge("metalflow.camunda.incidents.open", Map.of("type", "failedJob"))).isZero();
  }

  @Test
  void finishedInstancesAreTimedOnceFromHistory() {
    // Given two instances of a process that ends at once
    double before = durations(QUICK, "completed");
    runtime.startProcessInstanceByKey(QUICK);
    runtime.startProcessInstanceByKey(QUICK);

    // When the metrics are read twice
    gauge("metalflow.camunda.jobs.failed", Map.of());
    gauge("metalflow.camunda.jobs.failed", Map.of());

    // Then each instance was recorded once, as completed
    assertThat(durations(QUICK, "completed")).isEqualTo(before + 2);
  }

  @Test
  void readingsAreKeptForTheRefreshPeriod() {
    // Given the binder with a hand-moved clock and a 15 s refresh
    MutableClock clock = new MutableClock();
    CamundaMetrics metrics =
        new CamundaMetrics(
            new EngineQueries(runtime, management, tasks, repository),
            new ProcessDurations(history, Instant.now()),
            clock,
            Duration.ofSeconds(15));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    metrics.bindTo(registry);
    double before = registry.get("metalflow.camunda.tasks.open").gauge().value();

    // When a task opens
    startProbe(false);

    // Then the gauge shows it only once the refresh period has passed
    clock.advance(Duration.ofSeconds(14));
    assertThat(registry.get("metalflow.camunda.tasks.open").gauge().value()).isEqualTo(before);
    clock.advance(Duration.ofSeconds(1));
    assertThat(registry.get("metalflow.camunda.tasks.open").gauge().value()).isEqualTo(before + 1);
  }

  @Test
  void prometheusServesMaasSshAndCamundaMetricsAndHealthShowsTheMainHost() throws Exception {
    // Given one MAAS call, one SSH probe (through /actuator/health) and some engine state
    maasClient.version();
    String health = get("/actuator/health");
    exhaustRetries(startProbe(true));
    runtime.startProcessInstanceByKey(QUICK);

    // When scraping (twice: per-process rows appear once the engine was first read)
    get("/actuator/prometheus");
    String scrape = get("/actuator/prometheus");

    // Then
    assertThat(scrape)
        .contains("metalflow_maas_requests_seconds_count{")
        .contains("operation=\"version/\"")
        .contains("metalflow_ssh_commands_seconds_count{")
        .contains("program=\"mkdir\"")
        .contains("metalflow_camunda_incidents_open{type=\"failedJob\"} 1.0")
        .contains("metalflow_camunda_jobs_failed 1.0")
        .contains("metalflow_camunda_jobs_executable ")
        .contains("metalflow_camunda_tasks_open ")
        .contains("metalflow_camunda_process_instances_active{process=\"" + PROBE + "\"} 1.0")
        .contains("metalflow_camunda_process_duration_seconds_count{process=\"" + QUICK + "\"");
    assertThat(dashboardMetricNames())
        .allSatisfy(name -> assertThat(scrape).containsPattern("(?m)^" + name + "[{ ]"));
    assertThat(health)
        .contains("\"mainHost\":{\"status\":\"DOWN\"")
        // details (host, errors) are hidden from anonymous callers: docs/security.md
        .doesNotContain("127.0.0.1:" + closedSshPort)
        .doesNotContain(maas.apiKey());
  }

  /** Every metric the Grafana dashboard queries. */
  private static Set<String> dashboardMetricNames() throws IOException {
    String dashboard = Files.readString(Path.of("docs/grafana-dashboard.json"));
    Set<String> names = new TreeSet<>();
    Matcher metric = Pattern.compile("metalflow_[a-z_]+").matcher(dashboard);
    while (metric.find()) {
      names.add(metric.group());
    }
    assertThat(names).hasSizeGreaterThan(8);
    return names;
  }

  private ProcessInstance startProbe(boolean fail) {
    return runtime.startProcessInstanceByKey(PROBE, Map.of("fail", fail));
  }

  /**
   * Runs the instance's job until no retry is left (the first failure resets the retries from the
   * retry cycle), so it raises an incident.
   */
  private void exhaustRetries(ProcessInstance instance) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    for (int run = 0; run < 10 && retries(job) > 0; run++) {
      assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("noSuchBean");
    }
    assertThat(retries(job)).isZero();
  }

  private int retries(Job job) {
    return management.createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }

  private double gauge(String name, Map<String, String> tags) {
    var search = meters.get(name);
    for (var tag : tags.entrySet()) {
      search = search.tag(tag.getKey(), tag.getValue());
    }
    return search.gauge().value();
  }

  private double durations(String process, String state) {
    var timer =
        meters.find(ProcessDurations.NAME).tag("process", process).tag("state", state).timer();
    return timer == null ? 0 : timer.count();
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    return response.body();
  }

  private static String tempDir() {
    try {
      return Files.createTempDirectory("metalflow-telemetry-test").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
