package io.metalflow.juju;

/** A juju step failed. Not retryable unless a subclass says so. */
public class JujuException extends RuntimeException {

  public JujuException(String message) {
    super(message);
  }

  public JujuException(String message, Throwable cause) {
    super(message, cause);
  }

  public boolean isRetryable() {
    return false;
  }
}
