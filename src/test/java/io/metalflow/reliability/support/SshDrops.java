package io.metalflow.reliability.support;

import io.metalflow.lab.juju.LabFaults;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Random SSH drops on the lab's main host: every {@code period} the next command Metalflow runs
 * over SSH (a juju command, or the job wrapper, drawn with a seeded random) is armed to lose its
 * SSH session: the command runs, then the session is closed before the exit status is sent, as a
 * flaky link would. Which step it hits is whatever runs next, so the drops fall at random across
 * every stack's steps.
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
  private final LabFaults faults;

  private SshDrops(LabFaults faults, long seed, Duration period) {
    this.faults = faults;
    Random random = new Random(seed);
    timer.scheduleAtFixedRate(
        () -> {
          faults.dropConnections(COMMANDS.get(random.nextInt(COMMANDS.size())), 1);
          armed.incrementAndGet();
        },
        period.toMillis(),
        period.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  public static SshDrops start(LabFaults faults, long seed, Duration period) {
    return new SshDrops(faults, seed, period);
  }

  /** How many drops were armed (each fires on the next run of its command). */
  public int armed() {
    return armed.get();
  }

  /** Stops arming and disarms what did not fire yet. */
  @Override
  public void close() {
    timer.shutdownNow();
    COMMANDS.forEach(command -> faults.dropConnections(command, 0));
  }
}
