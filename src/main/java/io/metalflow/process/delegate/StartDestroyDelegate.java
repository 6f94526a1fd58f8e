package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.JujuCli;
import io.metalflow.process.TeardownControllerProcess;
import io.metalflow.ssh.RunId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Starts {@code juju destroy-controller} detached under the run id fixed at process start. */
@Component("startDestroyDelegate")
class StartDestroyDelegate implements JavaDelegate {

  private final JujuCli juju;

  StartDestroyDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean started =
        juju.startDestroyController(
            new RunId(Vars.string(execution, RUN_ID)), Vars.string(execution, CONTROLLER_NAME));
    execution.setVariable(TeardownControllerProcess.DESTROY_STARTED, started);
  }
}
