package io.metalflow.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Grafana's HTTP API as the admin user: health, data sources, data-source health. The password is
 * held only as the ready-made Authorization header and never printed.
 */
final class GrafanaApi {

  static final int PORT = 3000;
  private static final String ADMIN = "admin";
  private static final MediaType JSON = MediaType.get("application/json");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String authorization;

  GrafanaApi(OkHttpClient http, HttpUrl base, String adminPassword) {
    this.http = http;
    this.base = base;
    this.authorization = Credentials.basic(ADMIN, adminPassword, StandardCharsets.UTF_8);
  }

  /** {@code GET /api/health} (no auth): healthy when it answers 200 with database "ok". */
  Check health() {
    HttpCall.Answer answer = send(get("/api/health").build());
    if (!answer.ok()) {
      return Check.failed("Grafana's /api/health answered HTTP " + answer.code());
    }
    String database = json(answer, "/api/health").path("database").asText("");
    return "ok".equals(database)
        ? Check.passed("healthy")
        : Check.failed("Grafana reports its database as '" + database + "'");
  }

  /** {@code GET /api/datasources}. */
  List<GrafanaDatasource> datasources() {
    HttpCall.Answer answer = expect200(send(authorized(get("/api/datasources")).build()), "list");
    List<GrafanaDatasource> result = new ArrayList<>();
    for (JsonNode node : json(answer, "/api/datasources")) {
      result.add(datasource(node));
    }
    return result;
  }

  /** {@code POST /api/datasources} for a proxied Prometheus data source at {@code url}. */
  GrafanaDatasource createPrometheus(String name, String url) {
    Map<String, Object> body =
        Map.of("name", name, "type", "prometheus", "url", url, "access", "proxy");
    Request request =
        authorized(new Request.Builder().url(base.resolve("/api/datasources")))
            .post(RequestBody.create(write(body), JSON))
            .build();
    HttpCall.Answer answer = send(request);
    if (answer.code() == 409) {
      throw new StackException(
          "Grafana already has a data source named '" + name + "' that points elsewhere");
    }
    JsonNode created = json(expect200(answer, "create"), "/api/datasources").path("datasource");
    if (created.isMissingNode() || created.path("uid").asText("").isEmpty()) {
      return datasources().stream()
          .filter(d -> name.equals(d.name()))
          .findFirst()
          .orElseThrow(() -> new StackException("Grafana did not list the data source " + name));
    }
    return datasource(created);
  }

  /**
   * {@code GET /api/datasources/uid/{uid}/health} (Grafana 9+); on 404 (older Grafana) a query of
   * {@code up} through the data-source proxy instead.
   */
  Check health(GrafanaDatasource datasource) {
    String path = "/api/datasources/uid/" + datasource.uid() + "/health";
    HttpCall.Answer answer = send(authorized(get(path)).build());
    if (answer.code() == 404) {
      return proxyQuery(datasource);
    }
    rejectRefusedPassword(answer);
    JsonNode body = lenientJson(answer);
    String status = body.path("status").asText("");
    String message = body.path("message").asText("");
    return answer.ok() && "OK".equals(status)
        ? Check.passed(message)
        : Check.failed(failure(answer.code(), status, message));
  }

  private static String failure(int code, String status, String message) {
    return "HTTP "
        + code
        + (status.isEmpty() ? "" : " " + status)
        + (message.isEmpty() ? "" : ": " + message);
  }

  private Check proxyQuery(GrafanaDatasource datasource) {
    String path = "/api/datasources/proxy/" + datasource.id() + "/api/v1/query";
    HttpUrl url = base.resolve(path).newBuilder().addQueryParameter("query", "up").build();
    HttpCall.Answer answer = send(authorized(new Request.Builder().url(url).get()).build());
    String status = answer.ok() ? json(answer, path).path("status").asText("") : "";
    return "success".equals(status)
        ? Check.passed("a query through the data source succeeded")
        : Check.failed("a query through the data source answered HTTP " + answer.code());
  }

  private static void rejectRefusedPassword(HttpCall.Answer answer) {
    if (answer.code() == 401 || answer.code() == 403) {
      throw new StackException(
          "Grafana refused the admin password read from juju (HTTP " + answer.code() + ")");
    }
  }

  private HttpCall.Answer expect200(HttpCall.Answer answer, String what) {
    rejectRefusedPassword(answer);
    if (!answer.ok()) {
      throw new StackException(
          "Grafana answered HTTP " + answer.code() + " to the data source " + what + " request");
    }
    return answer;
  }

  private HttpCall.Answer send(Request request) {
    return HttpCall.send(http, request, "Grafana");
  }

  private Request.Builder get(String path) {
    return new Request.Builder().url(base.resolve(path)).get();
  }

  private Request.Builder authorized(Request.Builder builder) {
    return builder.header("Authorization", authorization);
  }

  private static GrafanaDatasource datasource(JsonNode node) {
    return new GrafanaDatasource(
        node.path("id").asLong(),
        node.path("uid").asText(null),
        node.path("name").asText(null),
        node.path("type").asText(null),
        node.path("url").asText(null));
  }

  private static JsonNode json(HttpCall.Answer answer, String path) {
    try {
      return MAPPER.readTree(answer.body());
    } catch (JsonProcessingException e) {
      throw new StackException("Grafana's " + path + " did not answer JSON", e);
    }
  }

  /** A health answer's JSON, or its text as the message when it is not JSON. */
  private static JsonNode lenientJson(HttpCall.Answer answer) {
    try {
      return MAPPER.readTree(answer.body());
    } catch (JsonProcessingException e) {
      return MAPPER.createObjectNode().put("message", answer.body().strip());
    }
  }

  private static String write(Map<String, Object> body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
