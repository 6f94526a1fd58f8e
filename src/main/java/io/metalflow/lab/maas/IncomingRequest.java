package io.metalflow.lab.maas;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;

/** The parts of an HTTP request the simulator looks at; the body is read whole. */
record IncomingRequest(
    String method,
    String rawPath,
    String rawQuery,
    String authorization,
    String contentType,
    byte[] body) {

  static IncomingRequest read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    return new IncomingRequest(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getRawPath(),
        exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders().getFirst("Authorization"),
        exchange.getRequestHeaders().getFirst("Content-Type"),
        body);
  }

  boolean readsQuery() {
    return method.equals("GET") || method.equals("HEAD") || method.equals("DELETE");
  }
}
