package io.metalflow.ssh;

/** An SSH transport failure talking to {@code host}. Retryable unless a subclass says otherwise. */
public class SshException extends RuntimeException {

  private final String host;

  public SshException(String host, String message, Throwable cause) {
    super(message, cause);
    this.host = host;
  }

  public String host() {
    return host;
  }

  public boolean isRetryable() {
    return true;
  }
}
