package io.metalflow.bench;

import java.lang.management.ManagementFactory;

/**
 * CPU time used by this JVM (Metalflow, the lab and the benchmark together). Unlike wall time it
 * hardly depends on what else the machine runs, so it compares Metalflow with the baseline fairly
 * on a busy machine.
 */
final class ProcessCpu {

  private ProcessCpu() {}

  /** CPU time used so far, in ms. */
  static double millis() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean hotspot) {
      return hotspot.getProcessCpuTime() / 1e6;
    }
    return Double.NaN;
  }
}
