package io.metalflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Instant;
import java.util.List;

/**
 * Runs the benchmark of issue 8 and prints its figures (see {@code docs/benchmarks.md}): (a) and
 * (e) on a zero-delay lab, (b) against the manual baseline on a time-scaled lab, (c) concurrent
 * stacks, (d) MAAS API load. Writes {@code report.md} and {@code concurrency.png} to {@code
 * bench.output} (default {@code target/bench}). {@code -Dbench.quick=true} makes a smoke run.
 */
public final class Benchmark {

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options = BenchOptions.fromSystemProperties();
    Report report = new Report();
    long start = System.nanoTime();
    report.line("# Metalflow benchmark, %s%s", Instant.now(), options.quick() ? " (quick)" : "");
    machine(report);
    ZeroDelayPhase.Result zero =
        options.runs("a") || options.runs("e")
            ? phase(report, () -> new ZeroDelayPhase(options, report).run())
            : null;
    ScaledPhase.Result scaled =
        options.runs("b")
            ? phase(
                report,
                () ->
                    new ScaledPhase(options, report)
                        .run(options.timeScale(), options.quick() ? 1 : 3, 2))
            : null;
    ScaledPhase.Result slower =
        options.runs("b") && !options.quick()
            ? phase(report, () -> new ScaledPhase(options, report).run(0.1, 1, 5))
            : null;
    List<ConcurrencyPoint> points =
        options.runs("c") ? phase(report, () -> new ConcurrencyPhase(options, report).run()) : null;
    if (options.runs("d")) {
      phase(
          report,
          () -> {
            new MaasLoadPhase(options, report).run();
            return null;
          });
    }
    if (zero != null && scaled != null && points != null) {
      summary(report, zero, scaled, slower, points);
    }
    report.line("");
    report.line(
        "Whole run: %s; load average at the end %.2f.",
        Report.s((System.nanoTime() - start) / 1e9), load());
    if (points != null) {
      ConcurrencyPlot.write(
          points,
          String.format(
              "time scale %s, poll %s, %d cores, -Xmx %d MiB",
              options.concurrencyTimeScale(),
              options.scaled(options.realPoll(), options.concurrencyTimeScale()),
              Runtime.getRuntime().availableProcessors(),
              Runtime.getRuntime().maxMemory() / 1048576),
          options.output().resolve("concurrency.png"));
    }
    report.write(options.output().resolve("report.md"));
    System.exit(failedPhases == 0 ? 0 : 1);
  }

  private static int failedPhases;

  /**
   * A phase of the benchmark; a failing one is reported, the others still run, and the benchmark
   * exits 1 at the end.
   */
  interface Phase<T> {
    T run() throws Exception;
  }

  private static <T> T phase(Report report, Phase<T> phase) {
    try {
      return phase.run();
    } catch (Exception | AssertionError e) {
      report.line("");
      report.line("**This part failed**: %s", e);
      failedPhases++;
      e.printStackTrace();
      return null;
    }
  }

  private static void machine(Report report) {
    report.line("");
    report.line(
        "Machine: %d cores, %s %s, Java %s (%s), max heap %d MiB, load average at start %.2f.",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        System.getProperty("java.version"),
        ManagementFactory.getRuntimeMXBean().getVmName(),
        Runtime.getRuntime().maxMemory() / 1048576,
        load());
  }

  private static double load() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os.getSystemLoadAverage();
  }

  private static void summary(
      Report report,
      ZeroDelayPhase.Result zero,
      ScaledPhase.Result scaled,
      ScaledPhase.Result slower,
      List<ConcurrencyPoint> points) {
    report.section("Against the targets");
    double zeroWall = Stats.of(zero.wallMillis()).median();
    double scaledWall = Stats.of(scaled.metalflowMillis()).median();
    report.line(
        "- (a) zero-delay stack: median %s (target < 5 s); engine share of it %s = %s of the"
            + " time-scaled stack (%s; target < 5 %%); engine share inside the time-scaled stack"
            + " %s.",
        Report.ms(zeroWall),
        Report.ms(zero.median().engine()),
        Report.pct(zero.median().engine(), scaledWall),
        Report.ms(scaledWall),
        Report.pct(scaled.median().engine(), scaled.median().wall()));
    report.line(
        "- (b) Metalflow / baseline at time scale %s: %.3f (target ≤ 1.05).",
        scaled.timeScale(), scaled.ratio());
    if (slower != null) {
      report.line("- (b) the same at time scale %s: %.3f.", slower.timeScale(), slower.ratio());
    }
    for (ConcurrencyPoint p : points) {
      report.line(
          "- (c) %d concurrent: %s, %.2f× the baseline in a row%s; peak heap %.0f MiB;"
              + " %d failed, %d incidents.",
          p.stacks(),
          Report.s(p.seconds()),
          p.baselineSeconds() / p.seconds(),
          p.baselineMeasured() ? " (target ≥ 8×)" : " (baseline estimated)",
          p.peakHeapMib(),
          p.failed(),
          p.incidents());
    }
  }
}
