package io.metalflow.maas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.logging.HttpLoggingInterceptor;

/**
 * A {@link MockWebServer} on 127.0.0.1 with an {@link OkHttpMaasClient} pointed at it: fixed clock,
 * numbered nonces ({@code nonce-1}, {@code nonce-2}, ...) and a sleeper that records the retry
 * waits instead of sleeping.
 */
final class MaasClientFixture implements AutoCloseable {

  static final String CONSUMER_KEY = "Hq7wZ3mKx9PdLsT2aB";
  static final String TOKEN_KEY = "Rf4yUe8NcV1jQk6WzX";
  static final String TOKEN_SECRET = "pL3sD9fG2hJ5kM8nB1vC4xZ7qW0eR6tY";
  static final String KEY = CONSUMER_KEY + ":" + TOKEN_KEY + ":" + TOKEN_SECRET;
  static final Instant NOW = Instant.parse("2025-11-26T20:00:00Z");

  final MockWebServer server = new MockWebServer();
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  final AtomicInteger nonces = new AtomicInteger();
  MaasProperties properties;
  OkHttpMaasClient client;

  static MaasClientFixture start() {
    return start(HttpLoggingInterceptor.Level.BASIC);
  }

  static MaasClientFixture start(HttpLoggingInterceptor.Level logLevel) {
    MaasClientFixture fixture = new MaasClientFixture();
    try {
      fixture.server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    fixture.connect(URI.create(fixture.server.url("/MAAS").toString()), logLevel);
    return fixture;
  }

  /** (Re)builds the client for {@code url}, e.g. a port nothing listens on. */
  void connect(URI url, HttpLoggingInterceptor.Level logLevel) {
    properties =
        new MaasProperties(
            url,
            KEY,
            null,
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            Duration.ofSeconds(20),
            4,
            Duration.ofSeconds(10),
            Duration.ofSeconds(1),
            false,
            logLevel);
    MaasApiKeySource keys = MaasApiKeySource.of(properties);
    client =
        new OkHttpMaasClient(
            MaasHttpClients.create(
                properties,
                keys,
                Clock.fixed(NOW, ZoneOffset.UTC),
                () -> "nonce-" + nonces.incrementAndGet(),
                sleeps::add),
            MaasEndpoint.apiRoot(properties),
            keys);
  }

  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("no request reached the server");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static MockResponse json(String resource) {
    return json(200, resource(resource));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("X-MAAS-API-Hash", "0b4fa1f40bf54b1b8d1c7bd7f3a6e5a1a5c0fe11")
        .body(body)
        .build();
  }

  static MockResponse text(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "text/plain; charset=utf-8")
        .body(body)
        .build();
  }

  static MockResponse withRetryAfter(MockResponse response, String seconds) {
    return response.newBuilder().setHeader("Retry-After", seconds).build();
  }

  static String resource(String name) {
    try (InputStream in = MaasClientFixture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The OAuth header's parameters with their quotes removed, in order. */
  static Map<String, String> oauthParams(RecordedRequest request) {
    String header = request.getHeaders().get("Authorization");
    if (header == null || !header.startsWith("OAuth ")) {
      throw new AssertionError("no OAuth Authorization header: " + header);
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String part : header.substring("OAuth ".length()).split(", ")) {
      String[] kv = part.split("=", 2);
      params.put(kv[0], kv[1].replaceAll("^\"|\"$", ""));
    }
    return params;
  }

  static String form(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }

  @Override
  public void close() {
    server.close();
  }
}
