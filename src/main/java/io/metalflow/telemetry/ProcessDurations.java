package io.metalflow.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * Records {@value #NAME} (tags {@code process}: the definition key, {@code state}: {@code
 * completed}, {@code externally_terminated} or {@code internally_terminated}) for each process
 * instance that finished since the last poll, read from {@link HistoryService} (no engine plugin,
 * no listener). The watermark starts when Metalflow starts, so history from before is not replayed;
 * instances ending at the watermark's millisecond are remembered so none is counted twice. At most
 * {@value #PAGE} instances are read per poll; the rest follow on the next. Needs history level
 * {@code activity} or higher (Metalflow runs {@code full}).
 *
 * <p>Every node of a cluster reads the same history, so each node reports every instance: sum over
 * one node, not across nodes.
 */
final class ProcessDurations {

  /** The timer's name; Prometheus shows {@code metalflow_camunda_process_duration_seconds_*}. */
  static final String NAME = "metalflow.camunda.process.duration";

  static final int PAGE = 500;

  private static final Duration[] BUCKETS = {
    Duration.ofSeconds(1),
    Duration.ofSeconds(10),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(15),
    Duration.ofMinutes(30),
    Duration.ofHours(1),
    Duration.ofHours(2),
    Duration.ofHours(6),
    Duration.ofHours(24)
  };

  private final HistoryService history;
  private Date watermark;
  private Set<String> seenAtWatermark = new HashSet<>();

  ProcessDurations(HistoryService history, Instant since) {
    this.history = history;
    this.watermark = Date.from(since);
  }

  /** Records the instances finished since the last call; returns how many. */
  synchronized int poll(MeterRegistry registry) {
    List<HistoricProcessInstance> finished =
        history
            .createHistoricProcessInstanceQuery()
            .finished()
            .finishedAfter(watermark)
            .orderByProcessInstanceEndTime()
            .asc()
            .listPage(0, PAGE);
    int recorded = 0;
    for (HistoricProcessInstance instance : finished) {
      if (advance(instance)) {
        record(registry, instance);
        recorded++;
      }
    }
    return recorded;
  }

  /** Moves the watermark to the instance's end; false when it was already counted. */
  private boolean advance(HistoricProcessInstance instance) {
    Date end = instance.getEndTime();
    if (end.after(watermark)) {
      watermark = end;
      seenAtWatermark = new HashSet<>();
    }
    return seenAtWatermark.add(instance.getId());
  }

  private static void record(MeterRegistry registry, HistoricProcessInstance instance) {
    Long millis = instance.getDurationInMillis();
    if (millis == null) {
      return;
    }
    Timer.builder(NAME)
        .description("Duration of finished process instances, from history")
        .tags(
            "process",
            instance.getProcessDefinitionKey(),
            "state",
            String.valueOf(instance.getState()).toLowerCase(Locale.ROOT))
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(Duration.ofMillis(millis));
  }
}
