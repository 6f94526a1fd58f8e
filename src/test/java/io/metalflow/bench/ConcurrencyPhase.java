package io.metalflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * (c) on a time-scaled lab sized for the largest level (three machines per stack): the baseline
 * {@code sideBySide} times in a row, then each level of concurrent stacks, each stack with its own
 * controller, model and tagged machine; backlog and heap sampled every 200 ms.
 */
final class ConcurrencyPhase {

  private final BenchOptions options;
  private final Report report;

  ConcurrencyPhase(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  List<ConcurrencyPoint> run() {
    int largest = IntStream.of(options.concurrency()).max().orElse(1);
    double scale = options.concurrencyTimeScale();
    Duration poll = options.scaled(options.realPoll(), scale);
    LabSpec spec = new LabSpec("concurrent", scale, BenchOptions.machinesFor(largest), poll, 3);
    try (MetalflowRun run = MetalflowRun.start(spec, options.output())) {
      report.section("(c) Concurrent stacks");
      report.line(
          "Lab: time scale %s, %d machines; poll interval %s; Metalflow started in %s.",
          scale, spec.machines(), poll, Report.ms(run.startupMillis()));
      Baseline baseline = baseline(run, poll);
      List<ConcurrencyPoint> points = new ArrayList<>();
      report.line("");
      report.line(
          "| stacks | all ended after | median stack | throughput | baseline in a row | speed-up"
              + " | CPU per stack | peak backlog | mean backlog | peak heap | heap after GC | failed | incidents"
              + " | job failures |");
      report.line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      for (int level : options.concurrency()) {
        points.add(level(run, level, baseline));
      }
      return points;
    }
  }

  /** The baseline's {@code runs} in a row: total and mean single run (ms). */
  private record Baseline(int runs, double totalMillis, double meanMillis) {}

  private Baseline baseline(MetalflowRun run, Duration poll) {
    ManualProcedure manual = Baselines.manual(run, poll);
    int n = options.sideBySide();
    if (n == 0) {
      report.line("Baseline: not run (bench.side-by-side=0).");
      return new Baseline(0, Double.NaN, Double.NaN);
    }
    ControllerMachines.tag(run.maas(), List.of(StackNames.of("manual", 1)));
    long start = System.nanoTime();
    List<Double> each = new ArrayList<>();
    double cpu = ProcessCpu.millis();
    for (int i = 1; i <= n; i++) {
      each.add((double) manual.run(StackNames.of("manual-c" + i, 1)));
    }
    double total = (System.nanoTime() - start) / 1e6;
    cpu = ProcessCpu.millis() - cpu;
    Stats s = Stats.of(each);
    report.line(
        "Baseline, %d runs one after another: %s in all (each: median %s, min %s, max %s;"
            + " CPU per run %s).",
        n,
        Report.ms(total),
        Report.ms(s.median()),
        Report.ms(s.min()),
        Report.ms(s.max()),
        Report.ms(cpu / n));
    return new Baseline(n, total, s.mean());
  }

  private ConcurrencyPoint level(MetalflowRun run, int stacks, Baseline baseline) {
    List<StackNames> names =
        IntStream.rangeClosed(1, stacks).mapToObj(i -> StackNames.of("c" + stacks, i)).toList();
    long failuresBefore = jobFailures(run);
    StackDriver driver = new StackDriver(run);
    List<StackResult> results;
    long start;
    try (Sampler sampler = new Sampler(run.management(), 200)) {
      start = System.currentTimeMillis();
      double cpu = ProcessCpu.millis();
      results = driver.run(names, Duration.ofMinutes(options.quick() ? 5 : 15));
      cpu = ProcessCpu.millis() - cpu;
      long end = results.stream().mapToLong(StackResult::endMillis).max().orElse(-1);
      double seconds =
          results.stream().anyMatch(r -> r.endMillis() < 0) ? Double.NaN : (end - start) / 1000.0;
      boolean measured = stacks == baseline.runs();
      double baselineSeconds =
          (measured ? baseline.totalMillis() : stacks * baseline.meanMillis()) / 1000.0;
      int failed = (int) results.stream().filter(r -> !r.succeeded()).count();
      long incidents = run.runtime().createIncidentQuery().count();
      ConcurrencyPoint point =
          new ConcurrencyPoint(
              stacks,
              seconds,
              Stats.of(results.stream().map(StackResult::seconds).toList()).median(),
              baselineSeconds,
              measured,
              sampler.peakHeapBytes() / 1048576.0,
              sampler.peakDueJobs(),
              failed,
              incidents);
      report.line(
          "| %d | %s | %s | %.2f /min | %s%s | %.2f× | %s | %d | %.1f | %.0f MiB | %.0f MiB | %d | %d"
              + " | %d |",
          stacks,
          Report.s(seconds),
          Report.s(point.medianStackSeconds()),
          point.throughputPerMinute(),
          Report.s(baselineSeconds),
          measured ? "" : " (est.)",
          baselineSeconds / seconds,
          Report.ms(cpu / stacks),
          sampler.peakDueJobs(),
          sampler.meanDueJobs(),
          point.peakHeapMib(),
          sampler.peakAfterGcBytes() / 1048576.0,
          failed,
          incidents,
          jobFailures(run) - failuresBefore);
      return point;
    }
  }

  /** Failed job executions so far (each one a retry, or an incident when the last). */
  static long jobFailures(MetalflowRun run) {
    return run.history().createHistoricJobLogQuery().failureLog().count();
  }
}
