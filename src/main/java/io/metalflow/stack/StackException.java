package io.metalflow.stack;

/**
 * Grafana or Prometheus answered, but not as a working stack should (wrong password, unexpected
 * reply). Not retryable; {@link TunnelStackVerifier} reports it as a failed verification.
 */
public class StackException extends RuntimeException {

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }

  public boolean isRetryable() {
    return false;
  }
}
