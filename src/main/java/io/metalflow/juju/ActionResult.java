package io.metalflow.juju;

import java.util.Map;

/** The results map of a {@code juju run} action; may hold secrets, so no toString of values. */
public record ActionResult(String unit, String status, Map<String, String> results) {

  public ActionResult {
    results = Map.copyOf(results);
  }

  @Override
  public String toString() {
    return "ActionResult[unit=" + unit + ", status=" + status + ", keys=" + results.keySet() + "]";
  }
}
