package io.metalflow.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Everything the engine keeps that Cockpit, Tasklist or the REST API can show, as labelled texts:
 * variables (runtime and history, in their serialized form), variable updates and form fields,
 * incidents, failed jobs' messages and stack traces, the user operation log.
 */
final class EngineTexts {

  private final Map<String, String> texts = new LinkedHashMap<>();
  private final RunningMetalflow app;

  private EngineTexts(RunningMetalflow app) {
    this.app = app;
  }

  static Map<String, String> runtime(RunningMetalflow app) {
    EngineTexts t = new EngineTexts(app);
    t.runtimeVariables();
    t.runtimeJobsAndIncidents();
    return t.texts;
  }

  static Map<String, String> history(RunningMetalflow app) {
    EngineTexts t = new EngineTexts(app);
    t.historicVariables();
    t.historicDetails();
    t.historicIncidentsAndJobs();
    t.operationLog();
    return t.texts;
  }

  private void runtimeVariables() {
    app.bean(RuntimeService.class)
        .createVariableInstanceQuery()
        .disableCustomObjectDeserialization()
        .list()
        .forEach(v -> put("runtime variable " + v.getName(), serialized(v.getTypedValue())));
  }

  private void runtimeJobsAndIncidents() {
    ManagementService management = app.bean(ManagementService.class);
    management
        .createJobQuery()
        .withException()
        .list()
        .forEach(
            job -> {
              put("job " + job.getId() + " message", job.getExceptionMessage());
              put(
                  "job " + job.getId() + " stack trace",
                  management.getJobExceptionStacktrace(job.getId()));
            });
    app.bean(RuntimeService.class)
        .createIncidentQuery()
        .list()
        .forEach(i -> put("incident " + i.getId(), i.getIncidentMessage()));
  }

  private void historicVariables() {
    app.bean(HistoryService.class)
        .createHistoricVariableInstanceQuery()
        .disableCustomObjectDeserialization()
        .list()
        .forEach(
            v ->
                put(
                    "historic variable " + v.getName() + " " + v.getId(),
                    serialized(v.getTypedValue())));
  }

  private void historicDetails() {
    for (HistoricDetail detail :
        app.bean(HistoryService.class)
            .createHistoricDetailQuery()
            .disableCustomObjectDeserialization()
            .list()) {
      if (detail instanceof HistoricVariableUpdate update) {
        put(
            "variable update " + update.getVariableName() + " " + detail.getId(),
            serialized(update.getTypedValue()));
      } else if (detail instanceof HistoricFormField field) {
        put(
            "form field " + field.getFieldId() + " " + detail.getId(),
            String.valueOf(field.getFieldValue()));
      }
    }
  }

  private void historicIncidentsAndJobs() {
    HistoryService history = app.bean(HistoryService.class);
    history
        .createHistoricIncidentQuery()
        .list()
        .forEach(i -> put("historic incident " + i.getId(), i.getIncidentMessage()));
    history
        .createHistoricJobLogQuery()
        .failureLog()
        .list()
        .forEach(
            log -> {
              put("job log " + log.getId() + " message", log.getJobExceptionMessage());
              put(
                  "job log " + log.getId() + " stack trace",
                  history.getHistoricJobLogExceptionStacktrace(log.getId()));
            });
    history
        .createHistoricProcessInstanceQuery()
        .list()
        .forEach(p -> put("delete reason " + p.getId(), p.getDeleteReason()));
  }

  private void operationLog() {
    app.bean(HistoryService.class)
        .createUserOperationLogQuery()
        .list()
        .forEach(
            entry ->
                put(
                    "operation log " + entry.getId(),
                    entry.getOperationType()
                        + " "
                        + entry.getProperty()
                        + " "
                        + entry.getOrgValue()
                        + " "
                        + entry.getNewValue()));
  }

  private void put(String label, String text) {
    if (text != null) {
      texts.put(label, text);
    }
  }

  static String serialized(TypedValue value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof SerializableValue serializable
        && serializable.getValueSerialized() != null) {
      return serializable.getValueSerialized();
    }
    Object plain = value.getValue();
    return plain instanceof byte[] bytes
        ? new String(bytes, StandardCharsets.UTF_8)
        : String.valueOf(plain);
  }
}
