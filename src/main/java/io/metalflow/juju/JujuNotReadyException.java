package io.metalflow.juju;

/**
 * Juju has not got there yet (e.g. a freshly deployed unit has no address). Retryable: asking again
 * later is expected to succeed.
 */
public class JujuNotReadyException extends JujuException {

  public JujuNotReadyException(String message) {
    super(message);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
