package io.metalflow.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * (a) and (e) on a zero-delay lab: stacks one after another (the first ones warm the JVM up and are
 * not counted), the engine's share per service task and per stack; then the REST start latency
 * under concurrent clients.
 */
final class ZeroDelayPhase {

  static final Duration POLL = Duration.ofMillis(50);

  /** The median stack's breakdown and the measured wall times (ms). */
  record Result(EngineShare.Breakdown median, List<Double> wallMillis) {}

  private final BenchOptions options;
  private final Report report;

  ZeroDelayPhase(BenchOptions options, Report report) {
    this.options = options;
    this.report = report;
  }

  Result run() throws Exception {
    LabSpec spec = new LabSpec("zero-delay", 0, 5, POLL, 1);
    try (MetalflowRun run = MetalflowRun.start(spec, options.output())) {
      report.section("(a) One stack on a zero-delay lab");
      report.line(
          "Lab: time scale 0, 5 machines; poll interval %s; Metalflow started in %s.",
          POLL, Report.ms(run.startupMillis()));
      StackDriver driver = new StackDriver(run);
      int warmUp = options.quick() ? 1 : 2;
      int measured = options.quick() ? 2 : 5;
      for (int i = 1; i <= warmUp; i++) {
        StackResult r = one(driver, "warm" + i);
        report.line("- warm-up stack %d: %s (%s)", i, Report.s(r.seconds()), r.endActivity());
      }
      long from = System.currentTimeMillis();
      List<EngineShare.Breakdown> stacks = new ArrayList<>();
      for (int i = 1; i <= measured; i++) {
        long start = System.currentTimeMillis();
        double cpu = ProcessCpu.millis();
        StackResult r = one(driver, "a" + i);
        cpu = ProcessCpu.millis() - cpu;
        EngineShare share =
            EngineShare.of(run.history(), run.timings().calls(), start, System.currentTimeMillis());
        stacks.add(share.breakdown(r.seconds() * 1000, POLL.toMillis()));
        report.line(
            "- stack %d: %s (%s), CPU %s; idle between steps %s, longest: %s",
            i,
            Report.s(r.seconds()),
            r.endActivity(),
            Report.ms(cpu),
            Report.ms(share.idleMillis()),
            share.largestGaps(4));
      }
      EngineShare all =
          EngineShare.of(run.history(), run.timings().calls(), from, System.currentTimeMillis());
      Result result = summarize(stacks, all);
      if (options.runs("e")) {
        rest(run);
      }
      return result;
    }
  }

  private StackResult one(StackDriver driver, String label) {
    StackResult r = driver.run(List.of(StackNames.of(label, 1)), Duration.ofMinutes(3)).get(0);
    if (!r.succeeded()) {
      throw new IllegalStateException("zero-delay stack " + label + " ended at " + r.endActivity());
    }
    return r;
  }

  private Result summarize(List<EngineShare.Breakdown> stacks, EngineShare all) {
    List<Double> walls = stacks.stream().map(EngineShare.Breakdown::wall).toList();
    EngineShare.Breakdown median =
        stacks.stream()
            .sorted(Comparator.comparingDouble(EngineShare.Breakdown::wall))
            .toList()
            .get(stacks.size() / 2);
    Stats wall = Stats.of(walls);
    report.line("");
    report.line(
        "Wall time of one stack: median %s, min %s, max %s (n=%d).",
        Report.ms(wall.median()), Report.ms(wall.min()), Report.ms(wall.max()), wall.count());
    Breakdowns.print(report, "Median stack", median);
    report.line("");
    report.line("Per service task (all measured stacks pooled; engine = duration − client time):");
    report.line("");
    report.line("| service task | n | duration median | p99 | engine median | engine p99 |");
    report.line("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, EngineShare.TaskFigures> e : all.perServiceTask().entrySet()) {
      EngineShare.TaskFigures f = e.getValue();
      report.line(
          "| %s | %d | %.0f | %.0f | %.1f | %.1f |",
          e.getKey(),
          f.duration().count(),
          f.duration().median(),
          f.duration().p99(),
          f.engine().median(),
          f.engine().p99());
    }
    Stats pooled = Stats.of(all.serviceTaskEngineMillis());
    report.line("");
    report.line(
        "All service tasks: engine part median %.1f ms, p99 %.1f ms (n=%d).",
        pooled.median(), pooled.p99(), pooled.count());
    return new Result(median, walls);
  }

  private void rest(MetalflowRun run) throws Exception {
    report.section("(e) REST start latency, 20 concurrent clients");
    RestLoad load = new RestLoad(run.httpPort());
    load.run(20, 2);
    long start = System.nanoTime();
    List<Double> latencies = load.run(20, options.restRequests());
    double seconds = (System.nanoTime() - start) / 1e9;
    Stats s = Stats.of(latencies);
    double saturation = s.count() / seconds;
    int backlog = dueJobs(run);
    report.line(
        "Closed loop (each client starts again as soon as it has its answer): %d starts by 20"
            + " clients in %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f starts/s (saturation).",
        s.count(), Report.s(seconds), s.median(), s.p99(), s.max(), saturation);
    report.line(
        "The started instances' first jobs (%d still due when the last answer came) run on the"
            + " same cores; each open-loop rate below starts once they have all run.",
        backlog);
    report.line("");
    report.line(
        "Open loop (20 clients together send a fixed rate; latency from when each start was due):");
    report.line("");
    report.line("| offered | of saturation | starts | p50 | p99 | max |");
    report.line("|---:|---:|---:|---:|---:|---:|");
    for (double share : options.quick() ? new double[] {0.5} : new double[] {0.25, 0.5, 0.75}) {
      double rate = Math.max(1, Math.floor(saturation * share));
      waitUntilNoJobIsDue(run);
      Stats paced = Stats.of(load.paced(20, rate, options.quick() ? 10 : 20));
      report.line(
          "| %.0f starts/s | %.0f %% | %d | %.1f ms | %.1f ms | %.1f ms |",
          rate, 100 * rate / saturation, paced.count(), paced.median(), paced.p99(), paced.max());
    }
  }

  /** The engine's due jobs drain before the next measurement, so it starts from idle. */
  private static void waitUntilNoJobIsDue(MetalflowRun run) throws InterruptedException {
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (dueJobs(run) > 0) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "jobs still due 2 min after the REST load: " + dueJobs(run));
      }
      Thread.sleep(100);
    }
  }

  private static int dueJobs(MetalflowRun run) {
    return (int) run.management().createJobQuery().executable().count();
  }
}
