package io.metalflow.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;

/**
 * Samples, every {@code periodMillis} on a daemon thread, the job executor's backlog (jobs that are
 * due and have retries left, locked or not: what the executor has to do now) and the heap in use
 * ({@link MemoryMXBean}). The heap figure includes the lab's simulators, which run in the same JVM.
 */
final class Sampler implements AutoCloseable {

  /**
   * One sample: when, how many jobs were due, heap in use, and heap in use after the last
   * collection of each pool (live data plus what that collection left).
   */
  record Sample(long millis, long dueJobs, long heapBytes, long afterGcBytes) {}

  private final ManagementService management;
  private final long periodMillis;
  private final List<Sample> samples = new ArrayList<>();
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final Thread thread;
  private volatile boolean running = true;

  Sampler(ManagementService management, long periodMillis) {
    this.management = management;
    this.periodMillis = periodMillis;
    this.thread = new Thread(this::loop, "bench-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (running) {
      long due = management.createJobQuery().executable().count();
      long heap = memory.getHeapMemoryUsage().getUsed();
      synchronized (samples) {
        samples.add(new Sample(System.currentTimeMillis(), due, heap, afterGc()));
      }
      try {
        Thread.sleep(periodMillis);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long afterGc() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && usage != null) {
        bytes += usage.getUsed();
      }
    }
    return bytes;
  }

  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  long peakDueJobs() {
    return samples().stream().mapToLong(Sample::dueJobs).max().orElse(0);
  }

  double meanDueJobs() {
    return samples().stream().mapToLong(Sample::dueJobs).average().orElse(0);
  }

  long peakHeapBytes() {
    return samples().stream().mapToLong(Sample::heapBytes).max().orElse(0);
  }

  long peakAfterGcBytes() {
    return samples().stream().mapToLong(Sample::afterGcBytes).max().orElse(0);
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
