package io.metalflow.lab.maas;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the simulator answered, for tests and the lab view. OAuth parameters never appear.
 *
 * @param time when it was answered (the simulator's clock)
 * @param method HTTP method
 * @param path raw path, e.g. {@code /MAAS/api/2.0/machines/}
 * @param op the {@code op} (query first, then body), or null
 * @param params query parameters of a GET, form parameters of a POST/PUT, without {@code op}
 * @param status HTTP status answered
 */
public record RecordedOperation(
    Instant time,
    String method,
    String path,
    String op,
    Map<String, List<String>> params,
    int status) {

  public RecordedOperation {
    params = Map.copyOf(params);
  }

  /** The first value of a parameter, or null. */
  public String param(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }
}
