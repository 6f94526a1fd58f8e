package io.metalflow.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one benchmark run does, from system properties ({@code bench.*}).
 *
 * @param quick a smoke run: fewer repetitions and concurrency 1/3/5 instead of 1/10/50
 * @param timeScale the lab's time scale of (b)
 * @param concurrencyTimeScale the lab's time scale of (c): slower, so that a stack mostly waits, as
 *     on real hardware, rather than mostly computes
 * @param realPoll Metalflow's poll interval on real hardware; scaled by {@code timeScale}
 * @param output where the report and the plot go
 * @param concurrency the concurrent-stack levels of (c)
 * @param sideBySide stacks of the "N concurrent against N baseline runs in a row" comparison (0: no
 *     baseline)
 * @param restRequests REST starts per client in (e)
 * @param only the parts to run, e.g. {@code ab} ({@code bench.only}); empty: all
 */
record BenchOptions(
    boolean quick,
    double timeScale,
    double concurrencyTimeScale,
    Duration realPoll,
    Path output,
    int[] concurrency,
    int sideBySide,
    int restRequests,
    String only) {

  /** Whether part {@code letter} (a–e) runs: all unless {@code bench.only} lists some. */
  boolean runs(String letter) {
    return only.isBlank() || only.contains(letter);
  }

  static BenchOptions fromSystemProperties() {
    boolean quick = Boolean.getBoolean("bench.quick");
    double scale = Double.parseDouble(System.getProperty("bench.time-scale", "0.02"));
    double concurrencyScale =
        Double.parseDouble(property("bench.concurrency-time-scale", quick ? "0.02" : "0.1"));
    Path output = Path.of(System.getProperty("bench.output", "target/bench"));
    int[] levels =
        java.util.Arrays.stream(property("bench.levels", quick ? "1,3,5" : "1,10,50").split(","))
            .mapToInt(level -> Integer.parseInt(level.strip()))
            .toArray();
    int sideBySide = Integer.parseInt(property("bench.side-by-side", quick ? "3" : "10"));
    return new BenchOptions(
        quick,
        scale,
        concurrencyScale,
        Duration.ofSeconds(15),
        output,
        levels,
        sideBySide,
        quick ? 10 : 25,
        System.getProperty("bench.only", ""));
  }

  /** A system property; unset or blank (Maven passes empty ones) gives the default. */
  private static String property(String name, String fallback) {
    String value = System.getProperty(name, "");
    return value.isBlank() ? fallback : value.strip();
  }

  Duration scaled(Duration real) {
    return scaled(real, timeScale);
  }

  Duration scaled(Duration real, double scale) {
    return Duration.ofNanos((long) (real.toNanos() * scale));
  }

  /** Machines the lab needs for {@code stacks} concurrent stacks: a controller and two units. */
  static int machinesFor(int stacks) {
    return Math.max(5, 3 * stacks);
  }
}
