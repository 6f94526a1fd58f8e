package io.metalflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small HTTP client for the running Metalflow, as one user (HTTP Basic) or none. Every answer it
 * receives is also kept in {@link #received()}, so a test can scan all of them for secrets.
 */
public final class Rest {

  private static final List<Reply> RECEIVED = new CopyOnWriteArrayList<>();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private final String base;
  private final String authorization;
  private final HttpClient http;

  Rest(String base, String user, String password) {
    this(base, user, password, HTTP);
  }

  /** A browser-like client: no credentials, keeps cookies (for the webapps' session and CSRF). */
  static Rest withCookies(String base) {
    return new Rest(
        base,
        null,
        null,
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .build());
  }

  private Rest(String base, String user, String password, HttpClient http) {
    this.base = base;
    this.http = http;
    this.authorization =
        user == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** An answer: status, body as text, headers. */
  public record Reply(String method, String path, int status, String body, HttpHeaders headers) {

    @Override
    public String toString() {
      String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
      return method + " " + path + " -> " + status + " " + shown;
    }
  }

  /** The value of cookie {@code name} this client holds, or null. */
  String cookie(String name) {
    return http
        .cookieHandler()
        .map(handler -> ((CookieManager) handler).getCookieStore().getCookies())
        .orElse(List.of())
        .stream()
        .filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue)
        .reduce((first, second) -> second)
        .orElse(null);
  }

  /** Every answer any {@code Rest} received in this JVM. */
  public static List<Reply> received() {
    return List.copyOf(RECEIVED);
  }

  public Reply get(String path) {
    return send("GET", path, null, null);
  }

  public Reply post(String path, String json) {
    return send("POST", path, json, "application/json");
  }

  public Reply put(String path, String json) {
    return send("PUT", path, json, "application/json");
  }

  public Reply delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Reply send(String method, String path, String body, String contentType) {
    return send(method, path, body, contentType, List.of());
  }

  /** Sends a request; {@code headers} are name, value pairs. */
  public Reply send(
      String method, String path, String body, String contentType, List<String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      Reply reply =
          new Reply(method, path, response.statusCode(), response.body(), response.headers());
      RECEIVED.add(reply);
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
