package io.metalflow.bench;

/**
 * One call into a Metalflow client ({@code MaasClient}, {@code JujuCli}, {@code StackVerifier}).
 *
 * @param client the client interface's simple name
 * @param method the method called
 * @param activityInstanceId the service task executing it, or null outside a job
 * @param startMillis wall clock at the start (epoch milliseconds)
 * @param nanos how long it took
 */
record ClientCall(
    String client, String method, String activityInstanceId, long startMillis, long nanos) {

  boolean inJob() {
    return activityInstanceId != null;
  }

  double millis() {
    return nanos / 1e6;
  }
}
