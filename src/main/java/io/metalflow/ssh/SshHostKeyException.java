package io.metalflow.ssh;

/**
 * The main host's key is not in known_hosts, or differs from the one there. The message names the
 * host and the offered key's SHA256 fingerprint. Never retryable: an operator must check it.
 */
public class SshHostKeyException extends SshException {

  public SshHostKeyException(String host, String message, Throwable cause) {
    super(host, message, cause);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
