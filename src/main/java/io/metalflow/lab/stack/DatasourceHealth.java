package io.metalflow.lab.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Grafana's Prometheus health check: queries {@code <url>/api/v1/query?query=1+1} over HTTP and
 * reports OK or the error. Only loopback URLs are ever contacted; any other target fails as an
 * unreachable one would, without a connection attempt.
 */
final class DatasourceHealth {

  static final String OK_MESSAGE = "Successfully queried the Prometheus API.";
  private static final String SUFFIX =
      " - There was an error returned querying the Prometheus API.";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  /** HTTP status (200 or 400) and the body Grafana answers. */
  record Result(int httpStatus, Map<String, Object> body) {}

  Result check(Datasource datasource) {
    if (!"prometheus".equals(datasource.type())) {
      return error("Plugin health check not implemented");
    }
    String target = datasource.url().replaceAll("/+$", "") + "/api/v1/query";
    URI uri;
    try {
      uri = URI.create(target + "?query=1%2B1");
    } catch (IllegalArgumentException e) {
      return error("invalid URL \"" + datasource.url() + "\"" + SUFFIX);
    }
    if (uri.getHost() == null || !isLoopback(uri.getHost())) {
      return error("Post \"" + target + "\": dial tcp " + uri.getHost() + ": i/o timeout" + SUFFIX);
    }
    return query(uri, target);
  }

  private Result query(URI uri, String target) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200 && response.body().contains("\"success\"")) {
        return new Result(200, body("OK", OK_MESSAGE));
      }
      return error("bad_response: server returned HTTP status " + response.statusCode() + SUFFIX);
    } catch (IOException e) {
      return error(
          "Post \""
              + target
              + "\": dial tcp "
              + uri.getAuthority()
              + ": connect: connection refused"
              + SUFFIX);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return error("context canceled" + SUFFIX);
    }
  }

  private static boolean isLoopback(String host) {
    return host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
        || host.equals("localhost")
        || host.equals("[::1]");
  }

  private static Result error(String message) {
    return new Result(400, body("ERROR", message));
  }

  private static Map<String, Object> body(String status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    body.put("status", status);
    return body;
  }
}
