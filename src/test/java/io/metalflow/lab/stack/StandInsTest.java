package io.metalflow.lab.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StandInsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private String address;
  private GrafanaStandIn grafana;
  private PrometheusStandIn prometheus;

  @BeforeEach
  void start() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String prefix = "127." + random.nextInt(100, 250) + "." + random.nextInt(1, 250) + ".";
    address = prefix + "11";
    grafana = GrafanaStandIn.start(address, 0, "s3cret");
    prometheus = PrometheusStandIn.start(prefix + "12", 0);
  }

  @AfterEach
  void stop() {
    grafana.close();
    prometheus.close();
  }

  private HttpResponse<String> send(String url, String method, String body, String password)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (password != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
    }
    if (body != null) {
      request.header(
          "Content-Type",
          body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String addSource(String name, String url) throws Exception {
    HttpResponse<String> created =
        send(
            grafana.url() + "/api/datasources",
            "POST",
            "{\"name\":\""
                + name
                + "\",\"type\":\"prometheus\",\"url\":\""
                + url
                + "\",\"access\":\"proxy\"}",
            "s3cret");
    assertThat(created.statusCode()).isEqualTo(200);
    return JSON.readTree(created.body()).path("datasource").path("uid").asText();
  }

  @Test
  void grafanaAnswersHealthWithoutAuthAndTheDatasourceApiOnlyWithTheAdminPassword()
      throws Exception {
    HttpResponse<String> health = send(grafana.url() + "/api/health", "GET", null, null);
    assertThat(health.body())
        .isEqualTo("{\"commit\":\"1e84fede54\",\"database\":\"ok\",\"version\":\"9.5.3\"}");
    assertThat(send(grafana.url() + "/api/datasources", "GET", null, null).statusCode())
        .isEqualTo(401);
    assertThat(send(grafana.url() + "/api/datasources", "GET", null, "wrong").statusCode())
        .isEqualTo(401);
    assertThat(send(grafana.url() + "/api/datasources", "GET", null, "s3cret").body())
        .isEqualTo("[]");
  }

  @Test
  void aDuplicateDatasourceNameIsAConflictAndSourcesAreFoundByUid() throws Exception {
    String uid = addSource("prom", prometheus.url());

    HttpResponse<String> again =
        send(
            grafana.url() + "/api/datasources",
            "POST",
            "{\"name\":\"prom\",\"type\":\"prometheus\",\"url\":\"http://x\"}",
            "s3cret");

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("data source with the same name already exists");
    JsonNode source =
        JSON.readTree(
            send(grafana.url() + "/api/datasources/uid/" + uid, "GET", null, "s3cret").body());
    assertThat(source.path("url").asText()).isEqualTo(prometheus.url());
    assertThat(source.path("isDefault").asBoolean()).isTrue();
    assertThat(
            send(grafana.url() + "/api/datasources/uid/nope", "GET", null, "s3cret").statusCode())
        .isEqualTo(404);
  }

  @Test
  void datasourceHealthReallyQueriesPrometheus() throws Exception {
    String up = addSource("up", prometheus.url());
    String down = addSource("down", "http://" + address.replaceAll("\\d+$", "13") + ":9090");
    String outside = addSource("outside", "http://192.0.2.10:9090");

    HttpResponse<String> ok =
        send(grafana.url() + "/api/datasources/uid/" + up + "/health", "GET", null, "s3cret");
    HttpResponse<String> refused =
        send(grafana.url() + "/api/datasources/uid/" + down + "/health", "GET", null, "s3cret");
    HttpResponse<String> unreachable =
        send(grafana.url() + "/api/datasources/uid/" + outside + "/health", "GET", null, "s3cret");

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(ok.body()).path("status").asText()).isEqualTo("OK");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"status\":\"ERROR\"").contains("connection refused");
    assertThat(unreachable.statusCode()).isEqualTo(400);
    prometheus.close();
    HttpResponse<String> stopped =
        send(grafana.url() + "/api/datasources/uid/" + up + "/health", "GET", null, "s3cret");
    assertThat(stopped.statusCode()).isEqualTo(400);
  }

  @Test
  void prometheusAnswersReadinessAndInstantQueries() throws Exception {
    assertThat(send(prometheus.url() + "/-/ready", "GET", null, null).body())
        .isEqualTo("Prometheus Server is Ready.\n");
    assertThat(send(prometheus.url() + "/-/healthy", "GET", null, null).statusCode())
        .isEqualTo(200);
    JsonNode sum =
        JSON.readTree(
            send(prometheus.url() + "/api/v1/query?query=1%2B1", "GET", null, null).body());
    assertThat(sum.path("status").asText()).isEqualTo("success");
    assertThat(sum.path("data").path("result").get(1).asText()).isEqualTo("2");
    JsonNode up =
        JSON.readTree(send(prometheus.url() + "/api/v1/query", "POST", "query=up", null).body());
    assertThat(up.path("data").path("resultType").asText()).isEqualTo("vector");
    assertThat(up.path("data").path("result").get(0).path("metric").path("job").asText())
        .isEqualTo("prometheus");
    assertThat(send(prometheus.url() + "/api/v1/query", "GET", null, null).statusCode())
        .isEqualTo(400);
  }

  @Test
  void standInsListenOnLoopbackOnly() {
    assertThatThrownBy(() -> PrometheusStandIn.start("192.0.2.1", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDashboardServesAPage() throws Exception {
    try (DashboardStandIn dashboard = DashboardStandIn.start(address, 0, "maas-controller")) {
      HttpResponse<String> page = send(dashboard.url() + "/", "GET", null, null);
      assertThat(page.body()).contains("<title>Juju Dashboard</title>").contains("maas-controller");
    }
  }
}
