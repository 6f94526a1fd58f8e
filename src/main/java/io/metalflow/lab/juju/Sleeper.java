package io.metalflow.lab.juju;

import java.time.Duration;

/** Interruptible sleeping for simulated durations; zero returns at once. */
final class Sleeper {

  private Sleeper() {}

  static void sleep(Duration duration) throws InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    if (!duration.isZero() && !duration.isNegative()) {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
  }
}
