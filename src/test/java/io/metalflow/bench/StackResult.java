package io.metalflow.bench;

/**
 * How one stack ended.
 *
 * @param processInstanceId the observability-stack instance (or null for the baseline)
 * @param startMillis when it was started (epoch ms)
 * @param endMillis when it ended (epoch ms), or -1 when it did not end in time
 * @param endActivity the end event reached (or the baseline's outcome)
 */
record StackResult(String processInstanceId, long startMillis, long endMillis, String endActivity) {

  static final String TORN_DOWN = "EndEvent_LabTornDown";

  boolean succeeded() {
    return TORN_DOWN.equals(endActivity);
  }

  double seconds() {
    return endMillis < 0 ? Double.NaN : (endMillis - startMillis) / 1000.0;
  }
}
