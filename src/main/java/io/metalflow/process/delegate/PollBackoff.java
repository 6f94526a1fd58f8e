package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.POLL_INTERVAL;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Polling that backs off, for the loops that read MAAS while machines commission or release: each
 * read doubles the loop's next wait, up to {@link #CAP} times the configured poll interval (15 s →
 * 30 s → 60 s → 60 s …). A five-minute commissioning then costs MAAS about 1.3 requests a minute
 * instead of four. The longer wait is a local {@code pollInterval} of the loop's sub-process (the
 * scope the loop's task runs in), which its timer reads first; it ends with the sub-process, so
 * every new wait starts at the configured interval again. Idempotent per read: a retried job
 * computes the same next wait.
 */
final class PollBackoff {

  /** The longest wait, in configured poll intervals. */
  static final int CAP = 4;

  /** Local variable: the configured interval this loop started with. */
  static final String BASE = "pollBase";

  private PollBackoff() {}

  /** The wait after one of {@code current}: twice as long, at most {@link #CAP} × base. */
  static Duration next(Duration base, Duration current) {
    Duration doubled = current.multipliedBy(2);
    Duration cap = base.multipliedBy(CAP);
    return doubled.compareTo(cap) > 0 ? cap : doubled;
  }

  /** Sets the loop's next wait: the configured interval on the first read, then {@link #next}. */
  static void afterRead(DelegateExecution loop) {
    Object base = loop.getVariableLocal(BASE);
    if (base == null) {
      String configured = Vars.string(loop, POLL_INTERVAL);
      loop.setVariableLocal(BASE, configured);
      loop.setVariableLocal(POLL_INTERVAL, configured);
      return;
    }
    Duration current = Duration.parse(String.valueOf(loop.getVariableLocal(POLL_INTERVAL)));
    Duration next = next(Duration.parse(base.toString()), current);
    loop.setVariableLocal(POLL_INTERVAL, next.toString());
  }
}
