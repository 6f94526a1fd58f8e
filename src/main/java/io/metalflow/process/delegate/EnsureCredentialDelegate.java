package io.metalflow.process.delegate;

import io.metalflow.juju.JujuCli;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Adds the MAAS credential (key from configuration, never a variable) unless it is there. */
@Component("ensureCredentialDelegate")
class EnsureCredentialDelegate implements JavaDelegate {

  private final JujuCli juju;

  EnsureCredentialDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean added =
        juju.ensureCredential(
            Vars.string(execution, CommonNames.CLOUD_NAME),
            Vars.string(execution, CommonNames.CREDENTIAL_NAME));
    execution.setVariable(BootstrapControllerProcess.CREDENTIAL_ADDED, added);
  }
}
