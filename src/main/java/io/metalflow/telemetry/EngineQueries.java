package io.metalflow.telemetry;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Reads {@link EngineCounts} with the engine's public query APIs: a handful of {@code count()}
 * queries plus one per deployed process key. Runs without a user bound to the thread, so
 * authorizations do not filter it.
 */
final class EngineQueries {

  static final String FAILED_JOB = "failedJob";
  static final String FAILED_EXTERNAL_TASK = "failedExternalTask";
  static final String OTHER = "other";
  static final List<String> INCIDENT_TYPES = List.of(FAILED_JOB, FAILED_EXTERNAL_TASK, OTHER);

  private final RuntimeService runtime;
  private final ManagementService management;
  private final TaskService tasks;
  private final RepositoryService repository;

  EngineQueries(
      RuntimeService runtime,
      ManagementService management,
      TaskService tasks,
      RepositoryService repository) {
    this.runtime = runtime;
    this.management = management;
    this.tasks = tasks;
    this.repository = repository;
  }

  EngineCounts read() {
    return new EngineCounts(
        true,
        incidentsByType(),
        management.createJobQuery().noRetriesLeft().count(),
        management.createJobQuery().executable().count(),
        activeInstancesByKey(),
        tasks.createTaskQuery().count());
  }

  private Map<String, Long> incidentsByType() {
    long failedJobs = runtime.createIncidentQuery().incidentType(FAILED_JOB).count();
    long failedExternalTasks =
        runtime.createIncidentQuery().incidentType(FAILED_EXTERNAL_TASK).count();
    long all = runtime.createIncidentQuery().count();
    return Map.of(
        FAILED_JOB,
        failedJobs,
        FAILED_EXTERNAL_TASK,
        failedExternalTasks,
        OTHER,
        Math.max(0, all - failedJobs - failedExternalTasks));
  }

  /** Every deployed key (0 when idle), so a dashboard shows a line per process, not gaps. */
  private Map<String, Long> activeInstancesByKey() {
    TreeSet<String> keys = new TreeSet<>();
    for (ProcessDefinition definition :
        repository.createProcessDefinitionQuery().latestVersion().list()) {
      keys.add(definition.getKey());
    }
    Map<String, Long> counts = new TreeMap<>();
    for (String key : keys) {
      counts.put(
          key, runtime.createProcessInstanceQuery().processDefinitionKey(key).active().count());
    }
    return counts;
  }
}
