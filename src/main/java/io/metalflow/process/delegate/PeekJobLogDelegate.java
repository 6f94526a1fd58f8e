package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.JOB_LOG_TAIL;
import static io.metalflow.process.CommonNames.RUN_ID;

import io.metalflow.juju.JujuCli;
import io.metalflow.ssh.RunId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * While a detached job still runs past its timeout: keeps the last lines of its log for the
 * operator who decides whether to keep waiting. Reads only; the job goes on.
 */
@Component("peekJobLogDelegate")
class PeekJobLogDelegate implements JavaDelegate {

  private final JujuCli juju;

  PeekJobLogDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tail = LogTail.of(juju.jobLog(new RunId(Vars.string(execution, RUN_ID)), 0));
    execution.setVariable(JOB_LOG_TAIL, tail);
  }
}
