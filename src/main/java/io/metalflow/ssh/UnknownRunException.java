package io.metalflow.ssh;

/** The job wrapper on the main host knows no run by that id. Not retryable. */
public class UnknownRunException extends SshException {

  public UnknownRunException(String host, RunId runId) {
    super(host, "the main host knows no run " + runId, null);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
