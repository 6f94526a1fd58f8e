package io.metalflow.process.delegate;

import io.metalflow.juju.JujuCli;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code sudo snap install juju --channel C}; harmless when repeated. */
@Component("installJujuClientDelegate")
class InstallJujuClientDelegate implements JavaDelegate {

  private final JujuCli juju;

  InstallJujuClientDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    juju.installClient(Vars.string(execution, CommonNames.JUJU_CHANNEL));
  }
}
