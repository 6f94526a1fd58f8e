package io.metalflow.telemetry;

import java.util.Map;

/**
 * What the engine gauges show at one moment. {@code available} is false when the engine could not
 * be read; the gauges then show NaN rather than stale numbers.
 *
 * @param incidentsByType open incidents per type ({@code failedJob}, {@code failedExternalTask},
 *     {@code other})
 * @param failedJobs jobs that failed and have no retries left
 * @param executableJobs jobs due now with retries left (the job executor's backlog)
 * @param activeInstancesByKey active (not suspended) process instances per definition key
 * @param openTasks open user tasks
 */
record EngineCounts(
    boolean available,
    Map<String, Long> incidentsByType,
    long failedJobs,
    long executableJobs,
    Map<String, Long> activeInstancesByKey,
    long openTasks) {

  EngineCounts {
    incidentsByType = Map.copyOf(incidentsByType);
    activeInstancesByKey = Map.copyOf(activeInstancesByKey);
  }

  static EngineCounts unavailable() {
    return new EngineCounts(false, Map.of(), 0, 0, Map.of(), 0);
  }

  double incidents(String type) {
    return available ? incidentsByType.getOrDefault(type, 0L) : Double.NaN;
  }

  double activeInstances(String key) {
    return available ? activeInstancesByKey.getOrDefault(key, 0L) : Double.NaN;
  }

  double failedJobsValue() {
    return available ? failedJobs : Double.NaN;
  }

  double executableJobsValue() {
    return available ? executableJobs : Double.NaN;
  }

  double openTasksValue() {
    return available ? openTasks : Double.NaN;
  }
}
