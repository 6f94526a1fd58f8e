package io.metalflow.bench;

import io.metalflow.lab.maas.RecordedOperation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;

/**
 * (d): MAAS requests during the waits, from the simulator's operation log (every request, by
 * anyone) and the client timings (Metalflow's own requests, made inside jobs). The waits are the
 * polling sub-processes of the history: commissioning ({@code Activity_WaitForMachine}, one
 * machine), deployment ({@code Activity_WaitForBootstrap}: the controller machine; {@code
 * Activity_WaitForUnits}: the two application machines) and release ({@code
 * Activity_WaitForRelease}: the three machines).
 */
final class MaasLoad {

  /**
   * Requests during one kind of wait.
   *
   * @param machineMillis sum over the waits of machines waited on × wall time (ms)
   * @param metalflow Metalflow's requests (made inside its jobs)
   * @param others everyone else's (the lab's juju polling its deploying machines)
   */
  record Rate(String kind, int windows, double machineMillis, long metalflow, long others) {

    /** Requests per waiting machine per minute of real hardware ({@code scale} = lab/real). */
    double perMachineMinute(long requests, double scale) {
      return machineMillis == 0 ? 0 : requests / (machineMillis / 60_000.0 / scale);
    }
  }

  private static final Map<String, String> WAITS =
      Map.of(
          "Activity_WaitForMachine", "commissioning",
          "Activity_WaitForBootstrap", "deployment",
          "Activity_WaitForUnits", "deployment",
          "Activity_WaitForRelease", "release");
  private static final Map<String, Integer> MACHINES =
      Map.of(
          "Activity_WaitForMachine", 1,
          "Activity_WaitForBootstrap", 1,
          "Activity_WaitForUnits", 2,
          "Activity_WaitForRelease", 3);

  private MaasLoad() {}

  static List<WaitWindow> waits(HistoryService history, long from, long to) {
    List<WaitWindow> windows = new ArrayList<>();
    Set<String> waited = new HashSet<>();
    history
        .createHistoricActivityInstanceQuery()
        .activityType("intermediateTimer")
        .list()
        .forEach(t -> waited.add(t.getParentActivityInstanceId()));
    for (HistoricActivityInstance a :
        history
            .createHistoricActivityInstanceQuery()
            .activityType("subProcess")
            .finished()
            .list()) {
      String kind = WAITS.get(a.getActivityId());
      long start = a.getStartTime().getTime();
      if (kind != null && waited.contains(a.getId()) && start >= from && start < to) {
        windows.add(
            new WaitWindow(kind, start, a.getEndTime().getTime(), MACHINES.get(a.getActivityId())));
      }
    }
    return windows;
  }

  /** Requests during each kind of wait (windows without a single timer are not waits). */
  static Map<String, Rate> rates(
      List<WaitWindow> windows, List<RecordedOperation> operations, List<ClientCall> calls) {
    Map<String, Rate> rates = new LinkedHashMap<>();
    for (String kind : List.of("commissioning", "deployment", "release")) {
      List<WaitWindow> of = windows.stream().filter(w -> w.kind().equals(kind)).toList();
      double machineMillis = 0;
      long metalflow = 0;
      long all = 0;
      for (WaitWindow w : of) {
        machineMillis += w.machines() * (double) w.millis();
        metalflow += calls.stream().filter(c -> isMaas(c) && w.contains(c.startMillis())).count();
        all += operations.stream().filter(o -> w.contains(o.time().toEpochMilli())).count();
      }
      rates.put(kind, new Rate(kind, of.size(), machineMillis, metalflow, all - metalflow));
    }
    return rates;
  }

  /** Metalflow's MAAS requests (inside jobs) that started in [from, to). */
  static long metalflowRequests(List<ClientCall> calls, long from, long to) {
    return calls.stream()
        .filter(c -> isMaas(c) && c.startMillis() >= from && c.startMillis() < to)
        .count();
  }

  /** Every request the simulator answered in [from, to). */
  static long allRequests(List<RecordedOperation> operations, long from, long to) {
    return operations.stream()
        .filter(o -> o.time().toEpochMilli() >= from && o.time().toEpochMilli() < to)
        .count();
  }

  private static boolean isMaas(ClientCall call) {
    return call.inJob() && call.client().equals("MaasClient");
  }
}
