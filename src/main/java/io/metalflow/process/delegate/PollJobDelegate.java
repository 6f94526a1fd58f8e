package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.JujuCli;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RunId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * One look at the detached job ({@code runId}): running, succeeded, or {@code Err_JobFailed} for a
 * non-zero exit or a run the main host does not know.
 */
@Component("pollJobDelegate")
class PollJobDelegate implements JavaDelegate {

  private final JujuCli juju;

  PollJobDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String runId = Vars.string(execution, RUN_ID);
    JobStatus status = juju.job(new RunId(runId));
    execution.setVariable(JOB_EXIT_CODE, status.exitCode());
    switch (status.state()) {
      case RUNNING -> execution.setVariable(JOB_STATE, JOB_RUNNING);
      case EXITED -> {
        if (status.exitCode() != 0) {
          throw BpmnErrors.raise(
              BusinessOutcome.JOB_FAILED, "run " + runId + " exited " + status.exitCode());
        }
        execution.setVariable(JOB_STATE, JOB_SUCCEEDED);
      }
      case UNKNOWN ->
          throw BpmnErrors.raise(
              BusinessOutcome.JOB_FAILED, "run " + runId + " is unknown on the main host");
    }
  }
}
