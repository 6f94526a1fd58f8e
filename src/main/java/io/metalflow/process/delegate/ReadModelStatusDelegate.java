package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.juju.JujuCli;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One {@code juju status}: settlement, unit report, units in error, addresses, machines. */
@Component("readModelStatusDelegate")
class ReadModelStatusDelegate implements JavaDelegate {

  private final JujuCli juju;

  ReadModelStatusDelegate(JujuCli juju) {
    this.juju = juju;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UnitSettlement units =
        UnitSettlement.of(
            juju.status(
                Vars.string(execution, CONTROLLER_NAME), Vars.string(execution, MODEL_NAME)));
    execution.setVariable(SETTLEMENT, units.settlement());
    execution.setVariable(STATUS_SUMMARY, units.summary());
    Vars.setJson(execution, UNIT_REPORT, units.report());
    Vars.setJson(execution, ERROR_UNITS, units.errorUnits());
    Vars.setJson(execution, UNIT_ADDRESSES, units.addresses());
    Vars.setJson(execution, MODEL_MACHINES, units.machines());
  }
}
