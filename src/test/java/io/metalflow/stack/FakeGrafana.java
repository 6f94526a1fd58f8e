package io.metalflow.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Grafana's HTTP API as the verifier uses it, stateful: {@code /api/health}, {@code GET/POST
 * /api/datasources} (basic auth as admin), {@code /api/datasources/uid/{uid}/health}. Records every
 * request.
 */
final class FakeGrafana extends Dispatcher {

  private static final ObjectMapper JSON = new ObjectMapper();

  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  final List<Map<String, Object>> datasources = new CopyOnWriteArrayList<>();
  final Map<String, MockResponse> healthByUid = new java.util.concurrent.ConcurrentHashMap<>();
  private final String password;
  volatile MockResponse healthAnswer = json(200, "{\"database\":\"ok\",\"version\":\"9.5.3\"}");
  private int nextId = 1;

  FakeGrafana(String password) {
    this.password = password;
  }

  void addDatasource(String uid, String name, String type, String url) {
    Map<String, Object> ds = new HashMap<>();
    ds.put("id", nextId++);
    ds.put("uid", uid);
    ds.put("orgId", 1);
    ds.put("name", name);
    ds.put("type", type);
    ds.put("access", "proxy");
    ds.put("url", url);
    ds.put("isDefault", false);
    datasources.add(ds);
  }

  List<RecordedRequest> requests(String method, String path) {
    return requests.stream()
        .filter(r -> r.getMethod().equals(method) && r.getUrl().encodedPath().equals(path))
        .toList();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    String path = request.getUrl().encodedPath();
    if (path.equals("/api/health")) {
      return healthAnswer;
    }
    if (!authorized(request)) {
      return json(401, "{\"message\":\"invalid username or password\"}");
    }
    if (path.equals("/api/datasources")) {
      return request.getMethod().equals("POST") ? create(request) : list();
    }
    if (path.startsWith("/api/datasources/uid/") && path.endsWith("/health")) {
      String uid = path.substring("/api/datasources/uid/".length(), path.length() - 7);
      return healthByUid.getOrDefault(
          uid,
          json(
              200, "{\"status\":\"OK\",\"message\":\"Successfully queried the Prometheus API.\"}"));
    }
    return json(404, "{\"message\":\"Not found\"}");
  }

  private boolean authorized(RecordedRequest request) {
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    return expected.equals(request.getHeaders().get("Authorization"));
  }

  private MockResponse list() {
    try {
      return json(200, JSON.writeValueAsString(new ArrayList<>(datasources)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private MockResponse create(RecordedRequest request) {
    try {
      JsonNode body = JSON.readTree(request.getBody().utf8());
      String name = body.path("name").asText();
      if (datasources.stream().anyMatch(d -> d.get("name").equals(name))) {
        return json(409, "{\"message\":\"data source with the same name already exists\"}");
      }
      String uid = "created-" + nextId;
      addDatasource(uid, name, body.path("type").asText(), body.path("url").asText());
      Map<String, Object> created = datasources.get(datasources.size() - 1);
      return json(
          200,
          JSON.writeValueAsString(
              Map.of(
                  "datasource",
                  created,
                  "id",
                  created.get("id"),
                  "message",
                  "Datasource added",
                  "name",
                  name)));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
