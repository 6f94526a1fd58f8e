package io.metalflow.lab.stack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prometheus's management and query API as far as Grafana and Metalflow use it: {@code /-/ready},
 * {@code /-/healthy} and {@code /api/v1/query} (GET or form POST). Integer sums such as {@code 1+1}
 * answer a scalar; {@code up} answers a vector with the server's own target; other metric names an
 * empty vector.
 */
final class PrometheusApi implements HttpHandler {

  private static final Pattern SUM = Pattern.compile("\\s*\\d+(\\s*\\+\\s*\\d+)*\\s*");

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      switch (path) {
        case "/-/ready" ->
            Exchanges.text(exchange, 200, "text/plain", "Prometheus Server is Ready.\n");
        case "/-/healthy" ->
            Exchanges.text(exchange, 200, "text/plain", "Prometheus Server is Healthy.\n");
        case "/api/v1/query" -> query(exchange);
        default -> Exchanges.text(exchange, 404, "text/plain", "404 page not found\n");
      }
    }
  }

  private void query(HttpExchange exchange) throws IOException {
    String query = Exchanges.parameters(exchange).get("query");
    if (query == null || query.isBlank()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("status", "error");
      error.put("errorType", "bad_data");
      error.put(
          "error",
          "invalid parameter \"query\": unknown position: parse error: no"
              + " expression found in input");
      Exchanges.json(exchange, 400, error);
      return;
    }
    Exchanges.json(exchange, 200, Map.of("status", "success", "data", evaluate(query.strip())));
  }

  private static Map<String, Object> evaluate(String query) {
    double now = System.currentTimeMillis() / 1000.0;
    if (SUM.matcher(query).matches()) {
      long sum = 0;
      for (String term : query.split("\\+")) {
        sum += Long.parseLong(term.strip());
      }
      return Map.of("resultType", "scalar", "result", List.of(now, Long.toString(sum)));
    }
    if (query.equals("up")) {
      Map<String, String> metric = new LinkedHashMap<>();
      metric.put("__name__", "up");
      metric.put("instance", "localhost:9090");
      metric.put("job", "prometheus");
      Map<String, Object> sample = Map.of("metric", metric, "value", List.of(now, "1"));
      return Map.of("resultType", "vector", "result", List.of(sample));
    }
    return Map.of("resultType", "vector", "result", List.of());
  }
}
