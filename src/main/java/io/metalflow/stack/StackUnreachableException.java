package io.metalflow.stack;

/**
 * Grafana or Prometheus could not be reached through the tunnel (I/O failure, tunnel refused) or
 * answered 502/503/504. Transient: retry the verification.
 */
public class StackUnreachableException extends StackException {

  public StackUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
