package io.metalflow.stack;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/** Prometheus over HTTP: its readiness endpoint. */
final class PrometheusApi {

  static final int PORT = 9090;

  private final OkHttpClient http;
  private final HttpUrl base;

  PrometheusApi(OkHttpClient http, HttpUrl base) {
    this.http = http;
    this.base = base;
  }

  /** {@code GET /-/ready}: passed on 200; 503 (still starting) is retryable, not a result. */
  Check ready() {
    Request request = new Request.Builder().url(base.resolve("/-/ready")).get().build();
    HttpCall.Answer answer = HttpCall.send(http, request, "Prometheus");
    return answer.ok()
        ? Check.passed("ready")
        : Check.failed("/-/ready answered HTTP " + answer.code());
  }
}
