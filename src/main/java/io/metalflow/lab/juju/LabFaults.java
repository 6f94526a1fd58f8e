package io.metalflow.lab.juju;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The main host's faults, changeable while it runs (tests, the lead's crash tests). Thread-safe.
 * Each armed fault fires a bounded number of times and is then used up; a destroy hold lasts until
 * it is released.
 */
public final class LabFaults {

  /** The longest a held destroy waits for {@link #releaseDestroys()}. */
  static final Duration DESTROY_HOLD_LIMIT = Duration.ofMinutes(5);

  private final Set<String> failingInstalls = new HashSet<>();
  private final Map<String, Integer> droppedConnections = new HashMap<>();
  private Duration slowBootstrap;
  private CountDownLatch destroyHold = new CountDownLatch(0);
  private int connectionsDropped;

  LabFaults(FaultSettings settings) {
    failingInstalls.addAll(settings.failingInstalls());
    droppedConnections.putAll(settings.droppedConnections());
    slowBootstrap = settings.slowBootstrap();
  }

  /** The first unit of {@code application} deployed from now on fails its install hook once. */
  public synchronized void failInstall(String application) {
    failingInstalls.add(application);
  }

  /** The next {@code count} runs of {@code command} lose their SSH session before they exit. */
  public synchronized void dropConnections(String command, int count) {
    if (count <= 0) {
      droppedConnections.remove(command);
    } else {
      droppedConnections.put(command, count);
    }
  }

  /** How many SSH sessions a dropped-connection fault has closed so far. */
  public synchronized int connectionsDropped() {
    return connectionsDropped;
  }

  /** Every bootstrap from now on spends {@code extra} longer installing the agent. */
  public synchronized void slowBootstrap(Duration extra) {
    slowBootstrap = extra == null ? Duration.ZERO : extra;
  }

  synchronized Duration bootstrapDelay() {
    return slowBootstrap;
  }

  /**
   * Every destroy-controller from now on waits, after "Waiting for model resources to be
   * reclaimed", until {@link #releaseDestroys()} (at most {@link #DESTROY_HOLD_LIMIT}), as a stuck
   * machine release keeps a real one waiting.
   */
  public synchronized void holdDestroys() {
    if (destroyHold.getCount() == 0) {
      destroyHold = new CountDownLatch(1);
    }
  }

  /** Lets held and later destroys go on. */
  public synchronized void releaseDestroys() {
    destroyHold.countDown();
  }

  void awaitDestroyRelease() throws InterruptedException {
    CountDownLatch hold;
    synchronized (this) {
      hold = destroyHold;
    }
    hold.await(DESTROY_HOLD_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Uses up the install failure armed for {@code application}, if any. */
  synchronized boolean takeInstallFailure(String application) {
    return failingInstalls.remove(application);
  }

  /** Uses up one dropped connection for the first of {@code names} that has one armed. */
  synchronized boolean takeDroppedConnection(List<String> names) {
    for (String name : names) {
      Integer left = droppedConnections.get(name);
      if (left != null && left > 0) {
        dropConnections(name, left - 1);
        connectionsDropped++;
        return true;
      }
    }
    return false;
  }
}
