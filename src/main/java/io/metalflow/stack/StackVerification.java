package io.metalflow.stack;

/** The outcome of a stack check, readable as process variables; holds no credentials. */
public record StackVerification(
    boolean grafanaHealthy,
    boolean prometheusReady,
    String datasourceUid,
    String datasourceUrl,
    boolean datasourceCreated,
    boolean datasourceHealthy,
    String message) {

  public boolean passed() {
    return grafanaHealthy && prometheusReady && datasourceHealthy;
  }
}
