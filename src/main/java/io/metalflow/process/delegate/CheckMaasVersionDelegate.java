package io.metalflow.process.delegate;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasVersion;
import io.metalflow.process.BootstrapControllerProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks MAAS for its version (anonymous): proves the URL answers. */
@Component("checkMaasVersionDelegate")
class CheckMaasVersionDelegate implements JavaDelegate {

  private final MaasClient maas;

  CheckMaasVersionDelegate(MaasClient maas) {
    this.maas = maas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MaasVersion version = maas.version();
    execution.setVariable(BootstrapControllerProcess.MAAS_VERSION, version.version());
  }
}
