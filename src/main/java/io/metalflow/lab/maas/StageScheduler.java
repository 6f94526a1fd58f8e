package io.metalflow.lab.maas;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs each machine's next stage change after a delay. A machine has at most one pending change: a
 * newer {@link #schedule} or a {@link #cancel} makes the older one a no-op, checked with {@link
 * #claim} under the lab lock.
 */
final class StageScheduler implements AutoCloseable {

  private final ScheduledExecutorService executor;
  private final Map<String, Long> tickets = new ConcurrentHashMap<>();
  private final AtomicLong counter = new AtomicLong();

  StageScheduler() {
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "maas-sim-lifecycle");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Calls {@code due} with a ticket after {@code delay}; only the newest ticket may be claimed. */
  void schedule(String systemId, Duration delay, LongConsumer due) {
    long ticket = counter.incrementAndGet();
    tickets.put(systemId, ticket);
    executor.schedule(() -> due.accept(ticket), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** True once, for the newest ticket of the machine. */
  boolean claim(String systemId, long ticket) {
    return tickets.remove(systemId, ticket);
  }

  void cancel(String systemId) {
    tickets.remove(systemId);
  }

  void cancelAll() {
    tickets.clear();
  }

  @Override
  public void close() {
    tickets.clear();
    executor.shutdownNow();
  }
}
