package io.metalflow.stack;

import java.util.ArrayList;
import java.util.List;

/** What one verification found so far, turned into a {@link StackVerification} with a message. */
final class Findings {

  private final String grafana;
  private final String prometheus;
  private final List<String> notes = new ArrayList<>();
  private boolean grafanaHealthy;
  private boolean prometheusReady;
  private GrafanaDatasource datasource;
  private boolean datasourceCreated;
  private boolean datasourceHealthy;

  /** {@code grafana} and {@code prometheus} name the units, e.g. {@code grafana/0 at 10.0.0.5}. */
  Findings(String grafana, String prometheus) {
    this.grafana = grafana;
    this.prometheus = prometheus;
  }

  static StackVerification notDeployed(String message) {
    return new StackVerification(false, false, null, null, false, false, message);
  }

  void prometheus(Check ready) {
    prometheusReady = ready.ok();
    notes.add(
        "Prometheus ("
            + prometheus
            + ") "
            + (ready.ok() ? "is ready" : "is not ready: " + ready.detail()));
  }

  void grafana(Check health) {
    grafanaHealthy = health.ok();
    notes.add(
        "Grafana ("
            + grafana
            + ") "
            + (health.ok() ? "is healthy" : "is not healthy: " + health.detail()));
  }

  boolean grafanaHealthy() {
    return grafanaHealthy;
  }

  void datasource(GrafanaDatasource found, boolean created, Check health) {
    datasource = found;
    datasourceCreated = created;
    datasourceHealthy = health.ok();
    String which = "Grafana's data source '" + found.name() + "' for " + found.url();
    String origin = created ? " (created by Metalflow: the relation had not created one)" : "";
    String outcome =
        health.ok() ? " passes its health check" : " fails its health check: " + health.detail();
    notes.add(which + origin + outcome);
  }

  void problem(String message) {
    notes.add(message);
  }

  private static String sentence(List<String> parts) {
    return parts.stream()
        .map(part -> part.endsWith(".") ? part.substring(0, part.length() - 1) : part)
        .collect(java.util.stream.Collectors.joining("; "));
  }

  StackVerification toVerification() {
    StackVerification partial =
        new StackVerification(
            grafanaHealthy,
            prometheusReady,
            datasource == null ? null : datasource.uid(),
            datasource == null ? null : datasource.url(),
            datasourceCreated,
            datasourceHealthy,
            "");
    String verdict = partial.passed() ? "Stack verified: " : "Stack check failed: ";
    return new StackVerification(
        partial.grafanaHealthy(),
        partial.prometheusReady(),
        partial.datasourceUid(),
        partial.datasourceUrl(),
        partial.datasourceCreated(),
        partial.datasourceHealthy(),
        verdict + sentence(notes) + ".");
  }
}
