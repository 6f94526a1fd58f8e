package io.metalflow.lab.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Grafana 9.5's HTTP API as far as Metalflow uses it: {@code GET /api/health} without auth; with
 * basic auth {@code admin:<password>}: {@code GET|POST /api/datasources}, {@code GET
 * /api/datasources/uid/{uid}}, {@code GET /api/datasources/uid/{uid}/health}, {@code GET
 * /api/datasources/{id}} and {@code GET /api/datasources/name/{name}}.
 */
final class GrafanaApi implements HttpHandler {

  static final String VERSION = "9.5.3";
  private static final String DATASOURCES = "/api/datasources";

  private final String password;
  private final GrafanaDatasources datasources;
  private final DatasourceHealth health = new DatasourceHealth();

  GrafanaApi(String password, GrafanaDatasources datasources) {
    this.password = password;
    this.datasources = datasources;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/api/health")) {
        Exchanges.json(exchange, 200, healthBody());
      } else if (!path.startsWith(DATASOURCES)) {
        Exchanges.json(exchange, 404, Exchanges.message("Not found"));
      } else if (!authorized(exchange)) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Grafana\"");
        Exchanges.json(exchange, 401, Exchanges.message("invalid username or password"));
      } else {
        datasources(exchange, path.substring(DATASOURCES.length()));
      }
    }
  }

  private static Map<String, Object> healthBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("commit", "1e84fede54");
    body.put("database", "ok");
    body.put("version", VERSION);
    return body;
  }

  private boolean authorized(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(header.substring(6).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] expected = ("admin:" + password).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected);
  }

  private void datasources(HttpExchange exchange, String rest) throws IOException {
    String method = exchange.getRequestMethod();
    if (rest.isEmpty() || rest.equals("/")) {
      if (method.equals("POST")) {
        create(exchange);
      } else {
        Exchanges.json(
            exchange, 200, datasources.list().stream().map(Datasource::listView).toList());
      }
    } else if (rest.startsWith("/uid/") && rest.endsWith("/health")) {
      String uid = rest.substring(5, rest.length() - "/health".length());
      Optional<Datasource> found = datasources.byUid(uid);
      if (found.isEmpty()) {
        notFound(exchange);
      } else {
        DatasourceHealth.Result result = health.check(found.get());
        Exchanges.json(exchange, result.httpStatus(), result.body());
      }
    } else {
      answer(exchange, lookup(rest));
    }
  }

  private Optional<Datasource> lookup(String rest) {
    if (rest.startsWith("/uid/")) {
      return datasources.byUid(rest.substring(5));
    }
    if (rest.startsWith("/name/")) {
      return datasources.byName(rest.substring(6));
    }
    try {
      return datasources.byId(Long.parseLong(rest.substring(1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void answer(HttpExchange exchange, Optional<Datasource> found) throws IOException {
    if (found.isEmpty()) {
      notFound(exchange);
    } else {
      Exchanges.json(exchange, 200, found.get().detailView());
    }
  }

  private static void notFound(HttpExchange exchange) throws IOException {
    Exchanges.json(exchange, 404, Exchanges.message("Data source not found"));
  }

  private void create(HttpExchange exchange) throws IOException {
    JsonNode body;
    try {
      body = Exchanges.JSON.readTree(Exchanges.body(exchange));
    } catch (IOException e) {
      Exchanges.json(exchange, 400, Exchanges.message("bad request data"));
      return;
    }
    String name = body == null ? "" : body.path("name").asText("");
    String type = body == null ? "" : body.path("type").asText("");
    if (name.isBlank() || type.isBlank()) {
      Exchanges.json(exchange, 400, Exchanges.message("bad request data"));
      return;
    }
    String url = body.path("url").asText("");
    String access = body.path("access").asText("proxy");
    Optional<Datasource> created = datasources.add(name, type, url, access);
    if (created.isEmpty()) {
      Exchanges.json(
          exchange, 409, Exchanges.message("data source with the same name already exists"));
      return;
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("datasource", created.get().detailView());
    answer.put("id", created.get().id());
    answer.put("message", "Datasource added");
    answer.put("name", name);
    Exchanges.json(exchange, 200, answer);
  }
}
