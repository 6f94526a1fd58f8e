package io.metalflow.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.util.Base64;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TunnelStackVerifierTest {

  private static final String PASSWORD = "Zq8-very-secret-grafana-pw";
  private static final String GRAFANA_ADDRESS = "127.77.0.11";
  private static final String PROMETHEUS_ADDRESS = "127.77.0.12";
  private static final String PROMETHEUS_URL = "http://127.77.0.12:9090";

  private final MockWebServer grafanaServer = new MockWebServer();
  private final MockWebServer prometheusServer = new MockWebServer();
  private final FakeGrafana grafana = new FakeGrafana(PASSWORD);
  private final PrometheusDispatcher prometheus = new PrometheusDispatcher();
  private final DirectTunnels tunnels = new DirectTunnels();
  private final FakeJuju juju =
      new FakeJuju(Map.of("password", PASSWORD, "return-code", "0"))
          .withUnit("grafana", "grafana", GRAFANA_ADDRESS)
          .withUnit("prometheus", "prometheus2", PROMETHEUS_ADDRESS);
  private TunnelStackVerifier verifier;

  @BeforeEach
  void startServers() throws Exception {
    grafanaServer.setDispatcher(grafana);
    prometheusServer.setDispatcher(prometheus);
    grafanaServer.start(InetAddress.getLoopbackAddress(), 0);
    prometheusServer.start(InetAddress.getLoopbackAddress(), 0);
    tunnels.route(GRAFANA_ADDRESS, 3000, grafanaServer.getPort());
    tunnels.route(PROMETHEUS_ADDRESS, 9090, prometheusServer.getPort());
    verifier = new TunnelStackVerifier(juju, tunnels);
  }

  @AfterEach
  void stopServers() {
    grafanaServer.close();
    prometheusServer.close();
  }

  @Test
  void stackWithAHealthyPrometheusDatasourcePasses() {
    // Given Grafana lists a data source for another server and one for our Prometheus unit
    grafana.addDatasource("other", "elsewhere", "prometheus", "http://127.99.0.1:9090");
    grafana.addDatasource("prom-uid", "prometheus", "prometheus", PROMETHEUS_URL);

    // When the stack is verified
    StackVerification result = verify();

    // Then it passes, names the data source and created nothing
    assertThat(result.passed()).isTrue();
    assertThat(result.grafanaHealthy()).isTrue();
    assertThat(result.prometheusReady()).isTrue();
    assertThat(result.datasourceHealthy()).isTrue();
    assertThat(result.datasourceUid()).isEqualTo("prom-uid");
    assertThat(result.datasourceUrl()).isEqualTo(PROMETHEUS_URL);
    assertThat(result.datasourceCreated()).isFalse();
    assertThat(result.message()).startsWith("Stack verified:").contains("passes its health check");

    // And it went through tunnels to the units' addresses, closed afterwards
    assertThat(tunnels.opened)
        .containsExactlyInAnyOrder(GRAFANA_ADDRESS + ":3000", PROMETHEUS_ADDRESS + ":9090");
    assertThat(tunnels.closed).containsExactlyInAnyOrderElementsOf(tunnels.opened);
    assertThat(juju.actionsRun).containsExactly("ctl:lab grafana/0 get-admin-password");
    assertThat(grafana.requests("GET", "/api/datasources/uid/prom-uid/health")).hasSize(1);
    assertThat(prometheus.readyCalls).isEqualTo(1);
    assertThat(grafana.requests("POST", "/api/datasources")).isEmpty();
  }

  @Test
  void missingDatasourceIsCreatedOnceAndFoundTheSecondTime() throws Exception {
    // Given Grafana has no data source pointing at our Prometheus
    grafana.addDatasource("other", "elsewhere", "prometheus", "http://127.99.0.1:9090");

    // When the stack is verified twice
    StackVerification first = verify();
    StackVerification second = verify();

    // Then the first run created exactly one proxied Prometheus data source with the unit's URL
    assertThat(first.passed()).isTrue();
    assertThat(first.datasourceCreated()).isTrue();
    assertThat(first.message()).contains("created by Metalflow");
    assertThat(grafana.requests("POST", "/api/datasources")).hasSize(1);
    JsonNode posted =
        new ObjectMapper()
            .readTree(grafana.requests("POST", "/api/datasources").get(0).getBody().utf8());
    assertThat(posted.path("type").asText()).isEqualTo("prometheus");
    assertThat(posted.path("url").asText()).isEqualTo(PROMETHEUS_URL);
    assertThat(posted.path("access").asText()).isEqualTo("proxy");
    assertThat(posted.path("name").asText()).isNotBlank();

    // And the second found it and created nothing
    assertThat(second.passed()).isTrue();
    assertThat(second.datasourceCreated()).isFalse();
    assertThat(second.datasourceUid()).isEqualTo(first.datasourceUid());
    assertThat(grafana.requests("POST", "/api/datasources")).hasSize(1);
  }

  @Test
  void datasourceFailingItsHealthCheckDoesNotPass() {
    // Given the data source exists but Grafana cannot query Prometheus through it
    grafana.addDatasource("prom-uid", "prometheus", "prometheus", PROMETHEUS_URL);
    grafana.healthByUid.put(
        "prom-uid",
        FakeGrafana.json(
            400,
            "{\"status\":\"ERROR\",\"message\":\"Post \\\"http://127.77.0.12:9090/api/v1/query\\\":"
                + " dial tcp: connection refused\"}"));

    // When the stack is verified
    StackVerification result = verify();

    // Then the result says so in plain words
    assertThat(result.passed()).isFalse();
    assertThat(result.grafanaHealthy()).isTrue();
    assertThat(result.prometheusReady()).isTrue();
    assertThat(result.datasourceHealthy()).isFalse();
    assertThat(result.message())
        .startsWith("Stack check failed:")
        .contains("fails its health check")
        .contains("connection refused");
  }

  @Test
  void olderGrafanaWithoutTheHealthEndpointIsCheckedWithAProxyQuery() {
    // Given a Grafana that answers 404 on the health endpoint but proxies queries
    grafana.addDatasource("prom-uid", "prometheus", "prometheus", PROMETHEUS_URL);
    grafana.healthByUid.put("prom-uid", FakeGrafana.json(404, "{\"message\":\"Not found\"}"));
    grafanaServer.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/api/datasources/proxy/1/api/v1/query")) {
              return FakeGrafana.json(200, "{\"status\":\"success\",\"data\":{\"result\":[]}}");
            }
            return grafana.dispatch(request);
          }
        });

    // When the stack is verified, Then the query counts as the data source's health
    StackVerification result = verify();
    assertThat(result.passed()).isTrue();
    assertThat(result.datasourceHealthy()).isTrue();
  }

  @Test
  void grafanaDownIsARetryableFault() {
    // Given Grafana does not answer at all
    grafanaServer.close();

    // When the stack is verified, Then the fault is retryable and the tunnels are closed
    assertThatThrownBy(this::verify)
        .isInstanceOf(StackUnreachableException.class)
        .hasMessageContaining("Grafana")
        .hasMessageNotContaining(PASSWORD)
        .satisfies(e -> assertThat(((StackException) e).isRetryable()).isTrue());
    assertThat(tunnels.closed).containsExactlyInAnyOrderElementsOf(tunnels.opened);
  }

  @Test
  void grafanaAnswering503IsARetryableFault() {
    grafana.healthAnswer = FakeGrafana.json(503, "{\"message\":\"starting\"}");

    assertThatThrownBy(this::verify)
        .isInstanceOf(StackUnreachableException.class)
        .hasMessageContaining("503");
  }

  @Test
  void tunnelThatCannotBeOpenedIsARetryableFault() {
    // Given the main host cannot reach Prometheus's port
    juju.withUnit("prometheus", "prometheus2", "127.77.0.99");

    assertThatThrownBy(this::verify)
        .isInstanceOf(StackUnreachableException.class)
        .hasMessageContaining("127.77.0.99:9090");
    assertThat(tunnels.closed).containsExactlyInAnyOrderElementsOf(tunnels.opened);
  }

  @Test
  void grafanaWithUnhealthyDatabaseDoesNotPass() {
    grafana.healthAnswer = FakeGrafana.json(200, "{\"database\":\"failing\"}");

    StackVerification result = verify();

    assertThat(result.passed()).isFalse();
    assertThat(result.grafanaHealthy()).isFalse();
    assertThat(result.message()).contains("database as 'failing'");
    assertThat(grafana.requests("GET", "/api/datasources")).isEmpty();
  }

  @Test
  void passwordUnderTheOtherResultKeyIsUsed() {
    // Given a charm revision whose action answers "admin-password"
    juju.actionResults = Map.of("admin-password", PASSWORD);
    grafana.addDatasource("prom-uid", "prometheus", "prometheus", PROMETHEUS_URL);

    assertThat(verify().passed()).isTrue();
  }

  @Test
  void wrongPasswordIsAFailedCheckNotAnException() {
    juju.actionResults = Map.of("password", "not-it");

    StackVerification result = verify();

    assertThat(result.passed()).isFalse();
    assertThat(result.message()).contains("refused the admin password").doesNotContain("not-it");
  }

  @Test
  void actionWithoutPasswordIsAFailedCheckNamingOnlyTheKeys() {
    juju.actionResults = Map.of("return-code", "0");

    StackVerification result = verify();

    assertThat(result.passed()).isFalse();
    assertThat(result.message()).contains("returned no password").contains("return-code");
  }

  @Test
  void applicationWithoutAnAddressedUnitDoesNotPass() {
    juju.applications.remove("prometheus");

    StackVerification result = verify();

    assertThat(result.passed()).isFalse();
    assertThat(result.message()).contains("'prometheus' has no unit with a public address");
    assertThat(tunnels.opened).isEmpty();
  }

  @Test
  void passwordNeverAppearsInLogsOrResultButIsSentAsBasicAuth() {
    // Given every log line of the application and OkHttp captured at TRACE
    ListAppender<ILoggingEvent> logs = captureLogs();
    try {
      // When a verification that creates a data source runs, and a failing one
      StackVerification created = verify();
      grafana.healthByUid.put(
          created.datasourceUid(), FakeGrafana.json(400, "{\"status\":\"ERROR\"}"));
      StackVerification failed = verify();

      // Then neither the results nor any log line contain the password
      assertThat(created.toString()).doesNotContain(PASSWORD);
      assertThat(failed.toString()).doesNotContain(PASSWORD);
      assertThat(logs.list).isNotEmpty();
      assertThat(logs.list)
          .allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(PASSWORD));
    } finally {
      releaseLogs(logs);
    }

    // And the password went to Grafana only, as basic auth for admin
    String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes());
    assertThat(grafana.requests("GET", "/api/datasources"))
        .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo(basic));
    assertThat(grafana.requests("GET", "/api/health"))
        .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isNull());
    assertThat(prometheus.authorizationSeen).isFalse();
  }

  private StackVerification verify() {
    return verifier.verify("ctl", "lab", "grafana", "prometheus");
  }

  private static ListAppender<ILoggingEvent> captureLogs() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    for (String name : new String[] {"io.metalflow", "okhttp3", "mockwebserver3"}) {
      ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.TRACE);
    }
    return appender;
  }

  private static void releaseLogs(ListAppender<ILoggingEvent> appender) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(appender);
    for (String name : new String[] {"io.metalflow", "okhttp3", "mockwebserver3"}) {
      ((Logger) LoggerFactory.getLogger(name)).setLevel(null);
    }
  }

  /** Prometheus's readiness endpoint. */
  private static final class PrometheusDispatcher extends Dispatcher {

    volatile int readyCalls;
    volatile boolean authorizationSeen;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      authorizationSeen |= request.getHeaders().get("Authorization") != null;
      if (request.getUrl().encodedPath().equals("/-/ready")) {
        readyCalls++;
        return new MockResponse.Builder().code(200).body("Prometheus Server is Ready.\n").build();
      }
      return new MockResponse.Builder().code(404).body("404 page not found\n").build();
    }
  }
}
