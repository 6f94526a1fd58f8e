package io.metalflow.bench;

/**
 * One level of (c).
 *
 * @param stacks concurrent stacks
 * @param seconds time until the last of them ended
 * @param medianStackSeconds median wall time of one stack
 * @param baselineSeconds the baseline running as many stacks one after another (measured or the
 *     mean single run × stacks)
 * @param baselineMeasured whether {@code baselineSeconds} was measured rather than extrapolated
 * @param peakHeapMib peak sampled heap
 * @param peakBacklog peak sampled due jobs
 * @param failed stacks that did not reach "Lab torn down"
 * @param incidents incidents in the engine at the end
 */
record ConcurrencyPoint(
    int stacks,
    double seconds,
    double medianStackSeconds,
    double baselineSeconds,
    boolean baselineMeasured,
    double peakHeapMib,
    long peakBacklog,
    int failed,
    long incidents) {

  double throughputPerMinute() {
    return stacks / seconds * 60;
  }

  double baselineThroughputPerMinute() {
    return stacks / baselineSeconds * 60;
  }
}
