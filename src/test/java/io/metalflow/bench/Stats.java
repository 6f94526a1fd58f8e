package io.metalflow.bench;

import java.util.Arrays;
import java.util.Collection;

/** Order statistics of a sample (nearest-rank percentiles). */
record Stats(int count, double min, double median, double p99, double max, double mean) {

  static Stats of(Collection<? extends Number> values) {
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Stats(0, 0, 0, 0, 0, 0);
    }
    return new Stats(
        sorted.length,
        sorted[0],
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted[sorted.length - 1],
        Arrays.stream(sorted).average().orElse(0));
  }

  /** Nearest rank: the smallest value with at least {@code p}% of the sample at or below it. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
