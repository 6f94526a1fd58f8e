package io.metalflow.ssh;

import java.util.List;

/**
 * Long-running commands on the main host that survive the SSH connection and a restart of
 * Metalflow: a small job wrapper (uploaded once) runs them under setsid/nohup, keyed by run id.
 *
 * <p>Wire protocol of the wrapper {@code ~/.metalflow/bin/metalflow-run} (stdout, exit 0 unless
 * said): {@code start RUN_ID -- ARGV...} prints {@code started RUN_ID} or {@code exists RUN_ID};
 * {@code status RUN_ID} prints {@code running}, {@code exited CODE} or {@code unknown}; {@code log
 * RUN_ID OFFSET} prints the combined output from byte OFFSET on.
 */
public interface RemoteJobs {

  /** Starts argv under runId. Idempotent: returns false, and starts nothing, if runId exists. */
  boolean start(RunId runId, List<String> argv);

  JobStatus status(RunId runId);

  /** The job's combined stdout and stderr from byte {@code offset} on. */
  String log(RunId runId, long offset);
}
