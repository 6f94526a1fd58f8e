package io.metalflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * (b) on a time-scaled lab (5 machines): the baseline and Metalflow alternately, one stack at a
 * time, with the same poll interval (real hardware's 15 s times the time scale).
 */
final class ScaledPhase {

  /** Measured wall times (ms) and Metalflow's median breakdown. */
  record Result(
      List<Double> baselineMillis, List<Double> metalflowMillis, EngineShare.Breakdown median) {

    double ratio() {
      return Stats.of(metalflowMillis).median() / Stats.of(baselineMillis).median();
    }
  }

  private final BenchOptions options;
  private final Report report;

  ScaledPhase(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  Result run() {
    Duration poll = options.scaledPoll();
    LabSpec spec = new LabSpec("scaled", options.timeScale(), 5, poll, 2);
    try (MetalflowRun run = MetalflowRun.start(spec, options.output())) {
      report.section("(b) One stack on a time-scaled lab: Metalflow against the manual baseline");
      report.line(
          "Lab: time scale %s, 5 machines; poll interval %s for both (15 s × %s).",
          options.timeScale(), poll, options.timeScale());
      ManualProcedure manual = Baselines.manual(run, poll);
      StackDriver driver = new StackDriver(run);
      List<Double> baseline = new ArrayList<>();
      List<Double> metalflow = new ArrayList<>();
      List<Double> baselineCpu = new ArrayList<>();
      List<Double> metalflowCpu = new ArrayList<>();
      List<EngineShare.Breakdown> shares = new ArrayList<>();
      ControllerMachines.tag(run.maas(), List.of(StackNames.of("warm", 1)));
      report.line(
          "- warm-up baseline run (installs the client, adds cloud and credential; not counted):"
              + " %s",
          Report.ms(manual.run(StackNames.of("manual-warm", 1))));
      int pairs = options.quick() ? 1 : 3;
      for (int i = 1; i <= pairs; i++) {
        StackNames names = StackNames.of("b" + i, 1);
        ControllerMachines.tag(run.maas(), List.of(names));
        double cpu = ProcessCpu.millis();
        double b = manual.run(StackNames.of("manual-b" + i, 1));
        baselineCpu.add(ProcessCpu.millis() - cpu);
        baseline.add(b);
        report.line(
            "- baseline run %d: %s (CPU %s) %s",
            i, Report.ms(b), Report.ms(ProcessCpu.millis() - cpu), manual.steps());
        long start = System.currentTimeMillis();
        cpu = ProcessCpu.millis();
        StackResult r = driver.run(List.of(names), Duration.ofMinutes(10)).get(0);
        metalflowCpu.add(ProcessCpu.millis() - cpu);
        if (!r.succeeded()) {
          throw new IllegalStateException("time-scaled stack ended at " + r.endActivity());
        }
        metalflow.add(r.seconds() * 1000);
        EngineShare share =
            EngineShare.of(run.history(), run.timings().calls(), start, System.currentTimeMillis());
        shares.add(share.breakdown(r.seconds() * 1000, poll.toMillis()));
        report.line(
            "- Metalflow run %d: %s; idle between steps %s, longest: %s",
            i, Report.ms(r.seconds() * 1000), Report.ms(share.idleMillis()), share.largestGaps(4));
      }
      EngineShare.Breakdown median =
          shares.stream()
              .sorted(java.util.Comparator.comparingDouble(EngineShare.Breakdown::wall))
              .toList()
              .get(shares.size() / 2);
      Result result = new Result(baseline, metalflow, median);
      report.line("");
      report.line(
          "Median: baseline %s, Metalflow %s, ratio **%.3f** (target ≤ 1.05).",
          Report.ms(Stats.of(baseline).median()),
          Report.ms(Stats.of(metalflow).median()),
          result.ratio());
      report.line(
          "CPU time of the whole JVM (lab included) per stack: baseline median %s, Metalflow"
              + " median %s.",
          Report.ms(Stats.of(baselineCpu).median()), Report.ms(Stats.of(metalflowCpu).median()));
      Breakdowns.print(report, "Metalflow's median time-scaled stack", median);
      return result;
    }
  }
}
