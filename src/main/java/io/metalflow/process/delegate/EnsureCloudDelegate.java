package io.metalflow.process.delegate;

import io.metalflow.juju.JujuCli;
import io.metalflow.juju.MaasCloud;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers the MAAS cloud with the juju client unless it is there. */
@Component("ensureCloudDelegate")
class EnsureCloudDelegate implements JavaDelegate {

  private final JujuCli juju;

  EnsureCloudDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaasCloud cloud =
        new MaasCloud(
            Vars.string(execution, CommonNames.CLOUD_NAME),
            Vars.string(execution, CommonNames.MAAS_ENDPOINT));
    execution.setVariable(BootstrapControllerProcess.CLOUD_ADDED, juju.ensureCloud(cloud));
  }
}
