package io.metalflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * (b) on a time-scaled lab (5 machines): the baseline and Metalflow alternately, one stack at a
 * time, with the same poll interval (real hardware's 15 s times the time scale). One run of each
 * first, not counted: it installs the client, registers cloud and credential and warms the JVM.
 */
final class ScaledPhase {

  /** Measured wall times (ms) and Metalflow's median breakdown. */
  record Result(
      double timeScale,
      List<Double> baselineMillis,
      List<Double> metalflowMillis,
      EngineShare.Breakdown median) {

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

  Result run(double timeScale, int pairs, int subnet) {
    Duration poll = options.scaled(options.realPoll(), timeScale);
    LabSpec spec = new LabSpec("scaled-" + timeScale, timeScale, 5, poll, subnet);
    try (MetalflowRun run = MetalflowRun.start(spec, options.output())) {
      report.section(
          "(b) One stack at time scale " + timeScale + ": Metalflow against the manual baseline");
      report.line(
          "Lab: time scale %s, 5 machines; poll interval %s for both (15 s × %s).",
          timeScale, poll, timeScale);
      Pair pair = new Pair(run, poll);
      pair.baseline("warm-up baseline (installs the client, adds cloud and credential)", "bw");
      pair.metalflow("warm-up Metalflow", "mw");
      List<Double> baseline = new ArrayList<>();
      List<Double> metalflow = new ArrayList<>();
      List<EngineShare.Breakdown> shares = new ArrayList<>();
      for (int i = 1; i <= pairs; i++) {
        baseline.add(pair.baseline("baseline run " + i, "b" + i));
        EngineShare.Breakdown share = pair.metalflow("Metalflow run " + i, "m" + i);
        metalflow.add(share.wall());
        shares.add(share);
      }
      EngineShare.Breakdown median =
          shares.stream()
              .sorted(Comparator.comparingDouble(EngineShare.Breakdown::wall))
              .toList()
              .get(shares.size() / 2);
      Result result = new Result(timeScale, baseline, metalflow, median);
      report.line("");
      report.line(
          "Median: baseline %s, Metalflow %s, ratio **%.3f** (target ≤ 1.05). CPU time of the"
              + " JVM (lab included) per stack: baseline median %s, Metalflow median %s.",
          Report.ms(Stats.of(baseline).median()),
          Report.ms(Stats.of(metalflow).median()),
          result.ratio(),
          Report.ms(Stats.of(pair.baselineCpu).median()),
          Report.ms(Stats.of(pair.metalflowCpu).median()));
      Breakdowns.print(report, "Metalflow's median time-scaled stack", median);
      return result;
    }
  }

  /** One baseline run and one Metalflow run at a time, on the controller tag of stack 1. */
  private final class Pair {

    private final MetalflowRun run;
    private final Duration poll;
    private final ManualProcedure manual;
    private final StackDriver driver;
    private final List<Double> baselineCpu = new ArrayList<>();
    private final List<Double> metalflowCpu = new ArrayList<>();

    Pair(MetalflowRun run, Duration poll) {
      this.run = run;
      this.poll = poll;
      this.manual = Baselines.manual(run, poll);
      this.driver = new StackDriver(run);
      ControllerMachines.tag(run.maas(), List.of(StackNames.of("b", 1)));
    }

    double baseline(String title, String label) {
      double cpu = ProcessCpu.millis();
      double millis = manual.run(StackNames.of("manual-" + label, 1));
      cpu = ProcessCpu.millis() - cpu;
      if (!title.startsWith("warm")) {
        baselineCpu.add(cpu);
      }
      report.line(
          "- %s: %s, CPU %s; steps (ms) %s",
          title, Report.ms(millis), Report.ms(cpu), manual.steps());
      return millis;
    }

    EngineShare.Breakdown metalflow(String title, String label) {
      long start = System.currentTimeMillis();
      double cpu = ProcessCpu.millis();
      StackResult r = driver.run(List.of(StackNames.of(label, 1)), Duration.ofMinutes(10)).get(0);
      cpu = ProcessCpu.millis() - cpu;
      if (!r.succeeded()) {
        throw new IllegalStateException("time-scaled stack ended at " + r.endActivity());
      }
      if (!title.startsWith("warm")) {
        metalflowCpu.add(cpu);
      }
      EngineShare share =
          EngineShare.of(run.history(), run.timings().calls(), start, System.currentTimeMillis());
      report.line(
          "- %s: %s, CPU %s; idle between steps %s, longest: %s",
          title,
          Report.ms(r.seconds() * 1000),
          Report.ms(cpu),
          Report.ms(share.idleMillis()),
          share.largestGaps(3));
      return share.breakdown(r.seconds() * 1000, poll.toMillis());
    }
  }
}
