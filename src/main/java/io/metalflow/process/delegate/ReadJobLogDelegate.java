package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.JujuCli;
import io.metalflow.ssh.RunId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After a failed or timed-out job: keeps the log's last lines and adds them to {@code error}. */
@Component("readJobLogDelegate")
class ReadJobLogDelegate implements JavaDelegate {

  private final JujuCli juju;

  ReadJobLogDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tail = LogTail.of(juju.jobLog(new RunId(Vars.string(execution, RUN_ID)), 0));
    String error = Vars.optionalString(execution, ERROR);
    execution.setVariable(JOB_LOG_TAIL, tail);
    execution.setVariable(
        ERROR,
        (error == null ? "The detached job failed." : error) + "\nLast lines of the log:\n" + tail);
  }
}
