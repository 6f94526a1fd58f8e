package io.metalflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * What the engine recorded about the runs, as Cockpit's history shows it: instances by business key
 * (children share it), where they ended, variable values and their updates, incidents.
 */
final class RunHistory {

  private final ProcessEngine engine;
  private final HistoryService history;

  RunHistory(ProcessEngine engine) {
    this.engine = engine;
    this.history = engine.getHistoryService();
  }

  /**
   * Process key to end activity id of every instance of the run; all of them must have ended.
   * ({@code getEndActivityId} is deprecated because a run with parallel ends has several; each of
   * these processes ends at exactly one end event.)
   */
  @SuppressWarnings("deprecation")
  Map<String, String> endEvents(String businessKey) {
    List<HistoricProcessInstance> instances =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
    assertThat(instances).allSatisfy(i -> assertThat(i.getEndTime()).as(i.getId()).isNotNull());
    return instances.stream()
        .collect(
            Collectors.toMap(
                HistoricProcessInstance::getProcessDefinitionKey,
                HistoricProcessInstance::getEndActivityId));
  }

  /** The id of the run's (only) instance of {@code processKey}. */
  String instanceOf(String businessKey, String processKey) {
    return history
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey)
        .processDefinitionKey(processKey)
        .singleResult()
        .getId();
  }

  boolean ended(String processInstanceId) {
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult();
    return instance.getEndTime() != null;
  }

  long timesPassed(String processInstanceId, String activityId) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .activityId(activityId)
        .count();
  }

  /** The variable's last value in the instance, or null. */
  Object variable(String processInstanceId, String name) {
    HistoricVariableInstance variable =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId)
            .variableName(name)
            .singleResult();
    return variable == null ? null : variable.getValue();
  }

  /** Every value the variable took in the instance, oldest first. */
  List<Object> valuesOf(String processInstanceId, String name) {
    return history
        .createHistoricDetailQuery()
        .processInstanceId(processInstanceId)
        .variableUpdates()
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .map(HistoricVariableUpdate.class::cast)
        .filter(u -> name.equals(u.getVariableName()))
        .map(HistoricVariableUpdate::getValue)
        .toList();
  }

  List<Incident> openIncidents() {
    return engine.getRuntimeService().createIncidentQuery().list();
  }

  /** No incident is open, and none was ever raised and resolved. */
  void assertNoIncidentEver() {
    assertThat(openIncidents()).extracting(Incident::getIncidentMessage).isEmpty();
    assertThat(history.createHistoricIncidentQuery().list()).isEmpty();
  }
}
