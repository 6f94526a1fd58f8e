package io.metalflow.reliability.support;

import java.time.Duration;

/** Sleeping without checked exceptions (an interrupt is kept and ends the wait). */
final class Waits {

  private Waits() {}

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}
