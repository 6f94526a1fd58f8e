package io.metalflow.lab.juju;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Background work of the lab's juju agents, grouped by controller so destroying a controller can
 * stop its work and wait until it stopped. Interrupted tasks leave the state as it was; {@link
 * Provisioner#resume()} picks them up again after a restart.
 */
final class TaskGroup implements AutoCloseable {

  /** Work that may be interrupted. */
  interface Task {
    void run() throws InterruptedException;
  }

  private final ExecutorService executor;
  private final Map<String, Set<Thread>> running = new HashMap<>();

  TaskGroup(String name) {
    AtomicInteger count = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, name + "-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  void submit(String controller, Task task) {
    executor.execute(() -> runTracked(controller, task));
  }

  private void runTracked(String controller, Task task) {
    synchronized (this) {
      running.computeIfAbsent(controller, k -> new HashSet<>()).add(Thread.currentThread());
    }
    try {
      task.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      synchronized (this) {
        running.get(controller).remove(Thread.currentThread());
        notifyAll();
      }
    }
  }

  /** Interrupts the controller's running tasks and waits (up to 10 s) until they ended. */
  synchronized void cancel(String controller) throws InterruptedException {
    Set<Thread> threads = running.getOrDefault(controller, Set.of());
    threads.forEach(Thread::interrupt);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!threads.isEmpty() && System.nanoTime() < deadline) {
      wait(100);
      threads.forEach(Thread::interrupt);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
