package io.metalflow.ssh;

import java.util.List;

/**
 * Long-running commands on the main host that survive the SSH connection and a restart of
 * Metalflow: a small job wrapper (uploaded once) runs them under setsid/nohup, keyed by run id.
 *
 * <p>Wire protocol of the wrapper {@code ~/.metalflow/bin/metalflow-run} (stdout, exit 0 unless
 * said): {@code start RUN_ID -- ARGV...} prints {@code started RUN_ID} or {@code exists RUN_ID};
 * {@code status RUN_ID} prints {@code running}, {@code exited CODE} or {@code unknown}; {@code log
 * RUN_ID OFFSET} prints the combined output from byte OFFSET on; {@code stop RUN_ID [GRACE]} prints
 * {@code stopped RUN_ID}, {@code exited CODE} (it had ended, nothing done) or {@code unknown}.
 */
public interface RemoteJobs {

  /** Starts argv under runId. Idempotent: returns false, and starts nothing, if runId exists. */
  boolean start(RunId runId, List<String> argv);

  JobStatus status(RunId runId);

  /** The job's combined stdout and stderr from byte {@code offset} on. */
  String log(RunId runId, long offset);

  /**
   * Stops the job and returns its final status: {@code EXITED} with the job's own code when it
   * ended by itself or cleaned up and exited after the interrupt (juju bootstrap: 1, having
   * released the machine it acquired), else 128 + the last signal sent (130 SIGINT, 143 SIGTERM,
   * 137 SIGKILL); {@code UNKNOWN} for a run the main host does not know. The wrapper sends SIGINT
   * to the job's process group (Juju cleans up on SIGINT only), escalates to SIGTERM after a grace
   * period and to SIGKILL after that, so the call blocks up to that grace plus some seconds.
   *
   * <p>Idempotent: stopping an ended job changes nothing and returns its status. Transport failures
   * are retryable {@link SshException}s; retrying is safe.
   */
  JobStatus stop(RunId runId);
}
