package io.metalflow.reliability.support;

import io.metalflow.lab.juju.CommandLogEntry;
import io.metalflow.lab.juju.MainHostSimulator;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Random SSH drops on the lab's main host, about one in {@code everyN} commands: it watches the
 * host's command log, and for every {@code everyN} commands run it arms the next juju command or
 * job wrapper call (drawn with a seeded random) to lose its SSH session: the command runs, then the
 * session is closed before the exit status is sent, as a flaky link would. The drop rate follows
 * the load, so the last stacks of a run see the same rate as the first.
 */
public final class SshDrops implements AutoCloseable {

  /** Lab fault names matching every juju command and every job wrapper call. */
  public static final List<String> COMMANDS = List.of("juju", "juju", "juju", "metalflow-run");

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "ssh-drops");
            t.setDaemon(true);
            return t;
          });
  private final AtomicInteger armed = new AtomicInteger();
  private final MainHostSimulator host;
  private final Random random;
  private final int everyN;
  private Instant seen = Instant.now();
  private int pending;

  private SshDrops(MainHostSimulator host, long seed, int everyN) {
    this.host = host;
    this.random = new Random(seed);
    this.everyN = everyN;
    timer.scheduleWithFixedDelay(this::watch, 500, 500, TimeUnit.MILLISECONDS);
  }

  public static SshDrops start(MainHostSimulator host, long seed, int everyN) {
    return new SshDrops(host, seed, everyN);
  }

  private void watch() {
    List<CommandLogEntry> log = host.state().commandLog();
    Instant last = seen;
    for (CommandLogEntry entry : log) {
      if (entry.time().isAfter(last)) {
        pending++;
        seen = entry.time().isAfter(seen) ? entry.time() : seen;
      }
    }
    while (pending >= everyN) {
      pending -= everyN;
      host.faults().dropConnections(COMMANDS.get(random.nextInt(COMMANDS.size())), 1);
      armed.incrementAndGet();
    }
  }

  /** How many drops were armed (each fires on the next run of its command). */
  public int armed() {
    return armed.get();
  }

  /** How many sessions the lab really dropped since it started. */
  public int dropped() {
    return host.faults().connectionsDropped();
  }

  /** Stops arming and disarms what did not fire yet. */
  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    COMMANDS.forEach(command -> host.faults().dropConnections(command, 0));
  }
}
