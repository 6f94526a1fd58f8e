package io.metalflow.ssh;

/** The main host refused the configured key. Not retryable. */
public class SshAuthenticationException extends SshException {

  public SshAuthenticationException(String host, String message, Throwable cause) {
    super(host, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
