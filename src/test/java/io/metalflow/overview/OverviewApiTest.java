package io.metalflow.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metalflow.juju.JujuCli;
import io.metalflow.juju.JujuCommandFailedException;
import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.MachineState;
import io.metalflow.juju.JujuStatus.UnitState;
import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.MaasClient;
import io.metalflow.telemetry.MutableClock;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * {@code GET /lab/api/overview} and the {@code /lab/} page in a full Metalflow context, with the
 * MAAS simulator for MAAS and a {@link JujuCli} double for juju.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "metalflow.lab.enabled=false",
      "camunda.bpm.job-execution.enabled=false",
      "metalflow.overview.cache-for=0s",
      "metalflow.maas.max-retries=0"
    })
class OverviewApiTest {

  static final String PROBE = "overview-probe";
  static final String API = "/lab/api/overview";
  static MaasSimulator maas = MaasSimulator.start(MaasLabSettings.zeroDelay());
  static Path dataDir;

  @DynamicPropertySource
  static void lab(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("metalflow-overview-test");
    registry.add("metalflow.data-dir", dataDir::toString);
    registry.add("metalflow.maas.url", () -> maas.url().toString());
    registry.add("metalflow.maas.api-key", maas::apiKey);
  }

  @AfterAll
  static void stopMaas() {
    maas.close();
  }

  @LocalServerPort int port;
  @MockitoBean JujuCli juju;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired RepositoryService repository;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired MaasClient maasClient;

  private final ObjectMapper json = new ObjectMapper();
  private final List<String> users = new ArrayList<>();

  @BeforeEach
  void deploy() {
    repository
        .createDeployment()
        .name("overview-test")
        .enableDuplicateFiltering(true)
        .addClasspathResource("io/metalflow/overview/overview-probe.bpmn")
        .deploy();
  }

  @AfterEach
  void cleanUp() {
    maas.faults().setUnavailableRate(0.0);
    runtime.createProcessInstanceQuery().list().stream()
        .filter(pi -> pi.getRootProcessInstanceId().equals(pi.getId()))
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test cleanup"));
    users.forEach(identity::deleteUser);
  }

  @Test
  void withoutCredentialsTheApiAnswers401() throws Exception {
    HttpResponse<String> browser = get(API, Map.of());
    HttpResponse<String> script = get(API, Map.of("X-Requested-With", "XMLHttpRequest"));

    assertThat(browser.statusCode()).isEqualTo(401);
    assertThat(browser.headers().firstValue("WWW-Authenticate"))
        .hasValue("Basic realm=\"default\"");
    assertThat(browser.body()).doesNotContain("server1");
    assertThat(script.statusCode()).isEqualTo(401);
    assertThat(script.headers().firstValue("WWW-Authenticate")).isEmpty();
    assertThat(script.body()).contains("log in to Cockpit");
  }

  @Test
  void aWrongPasswordAnswers401() throws Exception {
    user("wrongpw", "Right-Password-1", "viewers");

    assertThat(get(API, basic("wrongpw", "not-the-password")).statusCode()).isEqualTo(401);
  }

  @Test
  void theAdminSeesMachinesJujuModelsAndProcessesWithoutTheApiKey() throws Exception {
    // Given a waiting instance naming a model as Metalflow's processes do (controllerName,
    // modelName), one naming only a controller juju does not know (plain "controller"), and one
    // whose job failed for good

    when(juju.status("lab-ctl", "observability")).thenReturn(observabilityModel());
    when(juju.status("gone-ctl", "controller"))
        .thenThrow(
            new JujuCommandFailedException(
                List.of("juju", "status"), 1, "", "ERROR controller gone-ctl not found"));
    ProcessInstance waiting =
        runtime.startProcessInstanceByKey(
            PROBE,
            "lab-1",
            Map.of("fail", false, "controllerName", "lab-ctl", "modelName", "observability"));
    runtime.startProcessInstanceByKey(PROBE, Map.of("fail", false, "controller", "gone-ctl"));
    ProcessInstance failing = runtime.startProcessInstanceByKey(PROBE, Map.of("fail", true));
    exhaustRetries(failing);

    // When the admin asks
    HttpResponse<String> response = get(API, basic("admin", adminPassword()));

    // Then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    JsonNode overview = json.readTree(response.body());
    assertMachines(overview.get("maas"));
    assertJuju(overview.get("juju"));
    assertProcesses(overview.get("processes"), waiting, failing);
    assertNoKey(response.body());
  }

  @Test
  void aRecentlyFinishedProcessStillSelectsItsModel() throws Exception {
    // Given an instance that named a model and has finished
    when(juju.status(anyString(), anyString())).thenReturn(observabilityModel());
    ProcessInstance done =
        runtime.startProcessInstanceByKey(
            PROBE, Map.of("fail", false, "controller", "lab-ctl", "model", "observability"));
    tasks.complete(tasks.createTaskQuery().processInstanceId(done.getId()).singleResult().getId());

    // When
    JsonNode overview = json.readTree(get(API, basic("admin", adminPassword())).body());

    // Then its model is still shown, and it is no longer among the running processes
    JsonNode model = find(overview.get("juju"), "controller", "lab-ctl");
    List<String> namedBy = new ArrayList<>();
    model.get("namedBy").forEach(id -> namedBy.add(id.asText()));
    assertThat(namedBy).contains(done.getId());
    assertThat(overview.at("/processes/running").findValuesAsText("id"))
        .doesNotContain(done.getId());
  }

  @Test
  void aFailingMaasIsShownAsTextNextToTheRest() throws Exception {
    maas.faults().setUnavailableRate(1.0);
    runtime.startProcessInstanceByKey(PROBE, "still-here", Map.of("fail", false));

    JsonNode overview = json.readTree(get(API, basic("admin", adminPassword())).body());

    assertThat(overview.at("/maas/machines")).isEmpty();
    assertThat(overview.at("/maas/error").asText()).startsWith("MaasUnavailableException: ");
    assertThat(overview.at("/processes/running/0/businessKey").asText()).isEqualTo("still-here");
  }

  @Test
  void viewersMayLookButAUserWithoutCockpitAccessMayNot() throws Exception {
    user("viewer1", "Viewer-Password-1", "viewers");
    user("nobody1", "Nobody-Password-1", null);

    assertThat(get(API, basic("viewer1", "Viewer-Password-1")).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = get(API, basic("nobody1", "Nobody-Password-1"));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain("server1");
  }

  @Test
  void aCockpitLoginSessionIsEnoughWithoutBasic() throws Exception {
    // Given a browser that logged in to Cockpit
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    send(browser, request("/camunda/app/cockpit/default/").build());
    String csrf = csrfToken(browser);
    String form =
        "username=admin&password=" + URLEncoder.encode(adminPassword(), StandardCharsets.UTF_8);
    HttpResponse<String> login =
        send(
            browser,
            request("/camunda/api/admin/auth/user/default/login/cockpit")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(login.statusCode()).isEqualTo(200);

    // When the page's script asks with that session only
    HttpResponse<String> response =
        send(browser, request(API).header("X-Requested-With", "XMLHttpRequest").build());

    // Then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).at("/maas/machines")).hasSize(5);
  }

  @Test
  void oneOverviewIsServedForTheCachePeriodSoMaasIsAskedOnce() {
    // Given the overview with a 5 s cache and a hand-moved clock
    MutableClock clock = new MutableClock();
    LabOverview overview =
        new LabOverview(
            new MachinesSection(maasClient),
            new JujuSection(juju, new JujuTargets(runtime, history, clock, Duration.ofHours(1))),
            new ProcessesSection(runtime, repository, "/cockpit/"),
            clock,
            Duration.ofSeconds(5));
    maas.reset();

    // When asked three times within 5 s, then once more after
    Overview first = overview.current();
    clock.advance(Duration.ofSeconds(4));
    Overview second = overview.current();
    overview.current();
    clock.advance(Duration.ofSeconds(1));
    Overview third = overview.current();

    // Then MAAS listed its machines twice
    assertThat(second).isSameAs(first);
    assertThat(third).isNotSameAs(first);
    assertThat(maas.operations())
        .filteredOn(op -> op.path().endsWith("/api/2.0/machines/"))
        .hasSize(2);
  }

  @Test
  void thePageIsServedAtLabAndLoadsNothingFromElsewhere() throws Exception {
    HttpResponse<String> bare = get("/lab", Map.of());
    HttpResponse<String> page = get("/lab/", Map.of());
    HttpResponse<String> script = get("/lab/lab.js", Map.of());
    HttpResponse<String> style = get("/lab/lab.css", Map.of());

    assertThat(bare.statusCode()).isEqualTo(302);
    assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/lab/"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"lab.js\"></script>");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body()).contains("api/overview").doesNotContain("innerHTML");
    assertThat(style.statusCode()).isEqualTo(200);
    for (String text : List.of(page.body(), script.body(), style.body())) {
      assertThat(text).doesNotContain("http://").doesNotContain("https://").doesNotContain("//cdn");
    }
  }

  private void assertMachines(JsonNode maasView) {
    assertThat(maasView.get("error").isNull()).isTrue();
    JsonNode machines = maasView.get("machines");
    assertThat(machines).hasSize(5);
    assertThat(machines.findValuesAsText("hostname"))
        .containsExactly("server1", "server2", "server3", "server4", "server5");
    assertThat(machines.findValuesAsText("status")).containsOnly("Ready");
    assertThat(machines.get(0).get("systemId").asText()).isNotBlank();
    assertThat(machines.get(0).has("tags")).isTrue();
    assertThat(machines.get(0).has("addresses")).isTrue();
  }

  private static void assertJuju(JsonNode models) {
    assertThat(models).hasSize(2);
    JsonNode lab = find(models, "controller", "lab-ctl");
    assertThat(lab.get("model").asText()).isEqualTo("observability");
    assertThat(lab.get("error").isNull()).isTrue();
    assertThat(lab.at("/status/applications/grafana/units/grafana~10/workloadStatus").asText())
        .isEqualTo("active");
    assertThat(lab.at("/status/machines/0/instanceId").asText()).isEqualTo("4y3h7n");
    JsonNode gone = find(models, "controller", "gone-ctl");
    assertThat(gone.get("model").asText()).isEqualTo("controller");
    assertThat(gone.get("status").isNull()).isTrue();
    assertThat(gone.get("error").asText())
        .startsWith("JujuCommandFailedException")
        .contains("gone-ctl not found");
  }

  private static void assertProcesses(
      JsonNode processes, ProcessInstance waiting, ProcessInstance failing) {
    assertThat(processes.get("error").isNull()).isTrue();
    JsonNode lab = find(processes.get("running"), "id", waiting.getId());
    assertThat(lab.get("key").asText()).isEqualTo(PROBE);
    assertThat(lab.get("businessKey").asText()).isEqualTo("lab-1");
    assertThat(lab.get("activities").get(0).asText()).isEqualTo("Wait for the operator");
    assertThat(lab.get("incidents")).isEmpty();
    assertThat(lab.get("cockpitUrl").asText())
        .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + waiting.getId());
    JsonNode broken = find(processes.get("running"), "id", failing.getId());
    assertThat(broken.get("activities").get(0).asText()).isEqualTo("Always fails (job queued)");
    assertThat(broken.at("/incidents/0/type").asText()).isEqualTo("failedJob");
    assertThat(broken.at("/incidents/0/activityId").asText()).isEqualTo("Task_AlwaysFails");
    assertThat(broken.at("/incidents/0/message").asText()).contains("noSuchBean");
  }

  private static void assertNoKey(String body) {
    assertThat(body).doesNotContain(maas.apiKey());
    for (String part : maas.apiKey().split(":")) {
      assertThat(body).doesNotContain(part);
    }
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.path(field).asText())) {
        return node;
      }
    }
    throw new AssertionError("no element with " + field + "=" + value + " in " + array);
  }

  static JujuStatus observabilityModel() {
    MachineState machine =
        new MachineState(
            "0", "started", "Deployed", "", "4y3h7n", "server2", List.of("127.77.0.12"));
    UnitState unit =
        new UnitState("grafana/0", "active", "", "idle", "0", "127.77.0.12", List.of("3000/tcp"));
    ApplicationState grafana =
        new ApplicationState(
            "grafana", "grafana", "active", "", Map.of(), Map.of("grafana/0", unit));
    return new JujuStatus("observability", Map.of("0", machine), Map.of("grafana", grafana));
  }

  private void exhaustRetries(ProcessInstance instance) {
    Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
    for (int run = 0; run < 10 && retries(job) > 0; run++) {
      assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("noSuchBean");
    }
  }

  private int retries(Job job) {
    return management.createJobQuery().jobId(job.getId()).singleResult().getRetries();
  }

  private void user(String id, String password, String group) {
    User user = identity.newUser(id);
    user.setPassword(password);
    identity.saveUser(user);
    users.add(id);
    if (group != null) {
      identity.createMembership(id, group);
    }
  }

  private static String adminPassword() throws IOException {
    return Files.readString(dataDir.resolve("admin-password")).strip();
  }

  private static Map<String, String> basic(String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return Map.of("Authorization", "Basic " + token);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = request(path);
    headers.forEach(request::header);
    return send(HttpClient.newHttpClient(), request.build());
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String csrfToken(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow())
        .getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"))
            .getValue();
  }
}
