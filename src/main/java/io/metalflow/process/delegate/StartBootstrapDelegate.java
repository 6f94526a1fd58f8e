package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.BootstrapRequest;
import io.metalflow.juju.JujuCli;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.ssh.RunId;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Starts {@code juju bootstrap} detached under the run id fixed at process start; a retry or a
 * restart finds the run and starts nothing. The machine is picked by the controller tag.
 */
@Component("startBootstrapDelegate")
class StartBootstrapDelegate implements JavaDelegate {

  private final JujuCli juju;

  StartBootstrapDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BootstrapRequest request =
        new BootstrapRequest(
            Vars.string(execution, CLOUD_NAME),
            Vars.string(execution, CONTROLLER_NAME),
            Vars.string(execution, BOOTSTRAP_BASE),
            "tags=" + Vars.string(execution, MACHINE_TAG),
            null,
            Map.of());
    boolean started = juju.startBootstrap(new RunId(Vars.string(execution, RUN_ID)), request);
    execution.setVariable(BootstrapControllerProcess.BOOTSTRAP_STARTED, started);
  }
}
