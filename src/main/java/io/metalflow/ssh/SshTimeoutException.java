package io.metalflow.ssh;

/**
 * A remote command did not finish in time; its channel was closed. Retryable: the step may be run
 * again, so only idempotent commands should be run with a timeout they can exceed.
 */
public class SshTimeoutException extends SshException {

  public SshTimeoutException(String host, String message) {
    super(host, message, null);
  }
}
