package io.metalflow.telemetry;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda engine gauges, read at most once per {@code refresh} (default 15 s) however often
 * Prometheus scrapes, since every node of a cluster scrapes the same database:
 *
 * <ul>
 *   <li>{@code metalflow.camunda.incidents.open} by {@code type}
 *   <li>{@code metalflow.camunda.jobs.failed}: failed jobs with no retries left
 *   <li>{@code metalflow.camunda.jobs.executable}: the job executor's backlog
 *   <li>{@code metalflow.camunda.process.instances.active} by {@code process} (definition key)
 *   <li>{@code metalflow.camunda.tasks.open}: open user tasks
 * </ul>
 *
 * <p>Each refresh also polls {@link ProcessDurations}. When the engine cannot be read the gauges
 * show NaN until it can again (logged at WARN).
 */
final class CamundaMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(CamundaMetrics.class);

  private final EngineQueries queries;
  private final ProcessDurations durations;
  private final Clock clock;
  private final Duration refresh;
  private MeterRegistry registry;
  private MultiGauge activeInstances;
  private Set<String> processKeys = Set.of();
  private EngineCounts counts = EngineCounts.unavailable();
  private Instant readAt;

  CamundaMetrics(EngineQueries queries, ProcessDurations durations, Clock clock, Duration refresh) {
    this.queries = queries;
    this.durations = durations;
    this.clock = clock;
    this.refresh = refresh;
  }

  @Override
  public synchronized void bindTo(MeterRegistry registry) {
    this.registry = registry;
    gauge(
        "metalflow.camunda.jobs.failed",
        "Failed jobs with no retries left",
        c -> c.failedJobsValue());
    gauge(
        "metalflow.camunda.jobs.executable",
        "Jobs due now with retries left",
        c -> c.executableJobsValue());
    gauge("metalflow.camunda.tasks.open", "Open user tasks", c -> c.openTasksValue());
    for (String type : EngineQueries.INCIDENT_TYPES) {
      Gauge.builder("metalflow.camunda.incidents.open", this, m -> m.counts().incidents(type))
          .description("Open incidents")
          .tag("type", type)
          .register(registry);
    }
    activeInstances =
        MultiGauge.builder("metalflow.camunda.process.instances.active")
            .description("Active process instances per process definition key")
            .register(registry);
  }

  /** The current counts, read again when older than {@code refresh}. */
  synchronized EngineCounts counts() {
    Instant now = clock.instant();
    if (readAt == null || !now.isBefore(readAt.plus(refresh))) {
      readAt = now;
      counts = read();
      updateProcessRows();
    }
    return counts;
  }

  private EngineCounts read() {
    try {
      EngineCounts fresh = queries.read();
      if (registry != null) {
        durations.poll(registry);
      }
      return fresh;
    } catch (RuntimeException e) {
      LOG.warn("Camunda metrics: cannot read the engine: {}", e.toString());
      return EngineCounts.unavailable();
    }
  }

  /** Registers one row per process key; rows read {@link #counts()} so they never go stale. */
  private void updateProcessRows() {
    if (activeInstances == null || !counts.available()) {
      return;
    }
    Set<String> keys = counts.activeInstancesByKey().keySet();
    if (keys.equals(processKeys)) {
      return;
    }
    processKeys = Set.copyOf(keys);
    List<MultiGauge.Row<?>> rows =
        processKeys.stream()
            .<MultiGauge.Row<?>>map(
                key ->
                    MultiGauge.Row.of(
                        Tags.of("process", key), this, m -> m.counts().activeInstances(key)))
            .toList();
    activeInstances.register(rows, true);
  }

  private void gauge(String name, String description, ToDoubleFunction<EngineCounts> value) {
    Gauge.builder(name, this, m -> value.applyAsDouble(m.counts()))
        .description(description)
        .register(registry);
  }
}
