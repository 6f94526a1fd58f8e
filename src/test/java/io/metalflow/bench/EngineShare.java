package io.metalflow.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/**
 * Where a stack's wall time went, from the engine's history and the client timings: time inside
 * client calls, in service tasks outside the clients (engine and delegate code), in timers (as
 * designed, and late), in user tasks (the operator), and the rest (job acquisition, commits, call
 * activities starting).
 */
final class EngineShare {

  /** Per service task id: durations and the engine's part (duration minus client time), in ms. */
  record TaskFigures(String activityId, Stats duration, Stats engine) {}

  /** One stack's (or one batch's) breakdown, in ms. */
  record Breakdown(
      double wall,
      double client,
      double serviceTaskEngine,
      double timerDesigned,
      double timerLate,
      double operator,
      int serviceTasks,
      int timers) {

    /** Everything that is neither the clients, the designed waits nor the operator. */
    double engine() {
      return wall - client - timerDesigned - operator;
    }
  }

  private final List<HistoricActivityInstance> activities;
  private final Map<String, Double> clientMillisByActivity;

  private EngineShare(
      List<HistoricActivityInstance> activities, Map<String, Double> clientMillisByActivity) {
    this.activities = activities;
    this.clientMillisByActivity = clientMillisByActivity;
  }

  /** Activities that started in [from, to) and the client calls made inside them. */
  static EngineShare of(HistoryService history, List<ClientCall> calls, long from, long to) {
    List<HistoricActivityInstance> inWindow = new ArrayList<>();
    for (HistoricActivityInstance a :
        history.createHistoricActivityInstanceQuery().finished().list()) {
      long start = a.getStartTime().getTime();
      if (start >= from && start < to) {
        inWindow.add(a);
      }
    }
    Map<String, Double> client = new HashMap<>();
    for (ClientCall call : calls) {
      if (call.inJob()) {
        client.merge(call.activityInstanceId(), call.millis(), Double::sum);
      }
    }
    return new EngineShare(inWindow, client);
  }

  Map<String, TaskFigures> perServiceTask() {
    Map<String, List<Double>> durations = new TreeMap<>();
    Map<String, List<Double>> engine = new TreeMap<>();
    for (HistoricActivityInstance a : of("serviceTask")) {
      double duration = a.getDurationInMillis();
      double inClient = clientMillisByActivity.getOrDefault(a.getId(), 0.0);
      durations.computeIfAbsent(a.getActivityId(), k -> new ArrayList<>()).add(duration);
      engine
          .computeIfAbsent(a.getActivityId(), k -> new ArrayList<>())
          .add(Math.max(0, duration - inClient));
    }
    Map<String, TaskFigures> figures = new TreeMap<>();
    durations.forEach(
        (id, d) -> figures.put(id, new TaskFigures(id, Stats.of(d), Stats.of(engine.get(id)))));
    return figures;
  }

  /** Every service task's engine part (ms), pooled. */
  List<Double> serviceTaskEngineMillis() {
    List<Double> all = new ArrayList<>();
    for (HistoricActivityInstance a : of("serviceTask")) {
      all.add(
          Math.max(
              0, a.getDurationInMillis() - clientMillisByActivity.getOrDefault(a.getId(), 0.0)));
    }
    return all;
  }

  Breakdown breakdown(double wallMillis, double pollMillis) {
    double client = 0;
    double taskEngine = 0;
    List<HistoricActivityInstance> tasks = of("serviceTask");
    for (HistoricActivityInstance a : tasks) {
      double inClient = clientMillisByActivity.getOrDefault(a.getId(), 0.0);
      client += inClient;
      taskEngine += Math.max(0, a.getDurationInMillis() - inClient);
    }
    List<HistoricActivityInstance> timers = of("intermediateTimer");
    double timerTotal =
        timers.stream().mapToDouble(HistoricActivityInstance::getDurationInMillis).sum();
    double designed = timers.size() * pollMillis;
    double operator =
        of("userTask").stream().mapToDouble(HistoricActivityInstance::getDurationInMillis).sum();
    return new Breakdown(
        wallMillis,
        client,
        taskEngine,
        designed,
        timerTotal - designed,
        operator,
        tasks.size(),
        timers.size());
  }

  /** A wait between two steps: nothing ran from {@code millis} before {@code nextActivity}. */
  record Gap(String nextActivity, String nextType, long millis) {}

  /**
   * The {@code n} longest stretches in which no step (task, event, gateway) of the window was
   * running, each named by the step that ended it: where the engine waited for acquisition.
   */
  List<Gap> largestGaps(int n) {
    List<HistoricActivityInstance> steps =
        activities.stream()
            .filter(
                a ->
                    !List.of("subProcess", "callActivity", "multiInstanceBody")
                        .contains(a.getActivityType()))
            .sorted(java.util.Comparator.comparing(HistoricActivityInstance::getStartTime))
            .toList();
    List<Gap> gaps = new ArrayList<>();
    long busyUntil = Long.MIN_VALUE;
    for (HistoricActivityInstance a : steps) {
      long start = a.getStartTime().getTime();
      if (busyUntil != Long.MIN_VALUE && start > busyUntil) {
        gaps.add(new Gap(a.getActivityId(), a.getActivityType(), start - busyUntil));
      }
      busyUntil = Math.max(busyUntil, a.getEndTime().getTime());
    }
    gaps.sort(java.util.Comparator.comparingLong(Gap::millis).reversed());
    return gaps.subList(0, Math.min(n, gaps.size()));
  }

  /** Sum of all such stretches (ms). */
  long idleMillis() {
    return largestGaps(Integer.MAX_VALUE).stream().mapToLong(Gap::millis).sum();
  }

  private List<HistoricActivityInstance> of(String type) {
    return activities.stream().filter(a -> type.equals(a.getActivityType())).toList();
  }
}
