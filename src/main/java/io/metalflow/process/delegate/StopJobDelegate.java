package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.ssh.RunId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Stops the detached job {@code runId} after its timeout, so a late success leaves nothing behind
 * (juju bootstrap releases the machine it acquired), and keeps its final exit code in {@code
 * jobExitCode}. Safe to retry: stopping an ended or unknown run changes nothing.
 */
@Component("stopJobDelegate")
class StopJobDelegate implements JavaDelegate {

  private final RemoteJobs jobs;

  StopJobDelegate(RemoteJobs jobs) {
    this.jobs = jobs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    JobStatus status = jobs.stop(new RunId(Vars.string(execution, RUN_ID)));
    execution.setVariable(JOB_EXIT_CODE, status.exitCode());
  }
}
