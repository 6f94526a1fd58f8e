package io.metalflow.ssh;

/** State of a detached job: running, exited with a code, or unknown to the main host. */
public record JobStatus(State state, Integer exitCode) {

  public enum State {
    RUNNING,
    EXITED,
    UNKNOWN
  }

  public static JobStatus running() {
    return new JobStatus(State.RUNNING, null);
  }

  public static JobStatus exited(int code) {
    return new JobStatus(State.EXITED, code);
  }

  public static JobStatus unknown() {
    return new JobStatus(State.UNKNOWN, null);
  }
}
