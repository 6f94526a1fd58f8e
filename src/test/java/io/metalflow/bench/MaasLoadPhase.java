package io.metalflow.bench;

import io.metalflow.lab.maas.RecordedOperation;
import io.metalflow.maas.MachineQuery;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * (d) on a lab whose MAAS and Juju are ten times slower than Metalflow's timings: one stack whose
 * controller machine is commissioning when it starts, so every wait (commissioning, deployment,
 * release) is as long, in Metalflow's poll intervals, as on real hardware. Requests are counted
 * from the simulator's log; Metalflow's own from its client inside jobs.
 */
final class MaasLoadPhase {

  static final double LAB_SCALE = 0.1;
  static final double METALFLOW_SCALE = 0.01;

  private final BenchOptions options;
  private final Report report;

  MaasLoadPhase(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  void run() {
    Duration poll = Duration.ofNanos((long) (options.realPoll().toNanos() * METALFLOW_SCALE));
    LabSpec spec = new LabSpec("maas-load", LAB_SCALE, 5, poll, 4);
    try (MetalflowRun run = MetalflowRun.start(spec, options.output())) {
      report.section("(d) MAAS API load");
      report.line(
          "Lab: time scale %s (commissioning 30 s × %s, deployment 35 s × %s); Metalflow's poll"
              + " interval %s (15 s × %s): one real minute is %.1f s here for Metalflow.",
          LAB_SCALE, LAB_SCALE, LAB_SCALE, poll, METALFLOW_SCALE, 60 * METALFLOW_SCALE);
      StackNames names = StackNames.of("d", 1);
      ControllerMachines.tag(run.maas(), List.of(names));
      String machine =
          run.maas().machines(MachineQuery.all().withTags(names.tag())).get(0).systemId();
      run.maas().commission(machine);
      long from = System.currentTimeMillis();
      StackResult r = new StackDriver(run).run(List.of(names), Duration.ofMinutes(10)).get(0);
      long to = System.currentTimeMillis();
      report.line("Stack: %s (%s).", Report.s(r.seconds()), r.endActivity());
      List<RecordedOperation> ops = run.lab().maas().operations();
      List<ClientCall> calls = run.timings().calls();
      Map<String, MaasLoad.Rate> rates =
          MaasLoad.rates(MaasLoad.waits(run.history(), from, to), ops, calls);
      print(rates);
      report.line("");
      report.line(
          "Requests per stack: Metalflow %d, everyone (Metalflow and the lab's juju) %d.",
          MaasLoad.metalflowRequests(calls, from, to), MaasLoad.allRequests(ops, from, to));
    }
  }

  private void print(Map<String, MaasLoad.Rate> rates) {
    report.line("");
    report.line(
        "| wait | waits | machine-minutes (real) | Metalflow requests | per machine per minute"
            + " | juju's requests | juju's per machine per minute |");
    report.line("|---|---:|---:|---:|---:|---:|---:|");
    for (MaasLoad.Rate rate : rates.values()) {
      report.line(
          "| %s | %d | %.1f | %d | **%.2f** | %d | %.2f |",
          rate.kind(),
          rate.windows(),
          rate.machineMillis() / 60_000.0 / METALFLOW_SCALE,
          rate.metalflow(),
          rate.perMachineMinute(rate.metalflow(), METALFLOW_SCALE),
          rate.others(),
          rate.perMachineMinute(rate.others(), LAB_SCALE));
    }
  }
}
