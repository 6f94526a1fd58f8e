package io.metalflow.process.delegate;

import io.metalflow.juju.JujuCli;
import io.metalflow.process.BootstrapControllerProcess;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code juju version} on the main host: installed or not. */
@Component("checkJujuClientDelegate")
class CheckJujuClientDelegate implements JavaDelegate {

  private final JujuCli juju;

  CheckJujuClientDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<String> version = juju.version();
    execution.setVariable(BootstrapControllerProcess.JUJU_VERSION, version.orElse(null));
    execution.setVariable(BootstrapControllerProcess.JUJU_INSTALLED, version.isPresent());
  }
}
