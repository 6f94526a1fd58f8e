package io.metalflow.process.delegate;

import io.metalflow.maas.MaasClient;
import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the controller tag in MAAS unless it exists. */
@Component("ensureTagDelegate")
class EnsureTagDelegate implements JavaDelegate {

  static final String COMMENT = "Machines Juju may use for its controller (set by Metalflow)";

  private final MaasClient maas;

  EnsureTagDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    maas.ensureTag(Vars.string(execution, CommonNames.MACHINE_TAG), COMMENT);
  }
}
