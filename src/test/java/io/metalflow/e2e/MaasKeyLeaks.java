package io.metalflow.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Looks for the MAAS API key, and for each of its three parts, everywhere an operator can read
 * text: process variables (runtime and history, serialized values as stored), history details,
 * incidents, job exception messages and stack traces (runtime and job log), and the log file. The
 * findings name the place and the part, never the secret itself.
 */
final class MaasKeyLeaks {

  private final Map<String, String> secrets = new LinkedHashMap<>();
  private final List<String> findings = new ArrayList<>();

  private MaasKeyLeaks(String apiKey) {
    String[] parts = apiKey.split(":");
    if (parts.length != 3 || apiKey.length() < 60) {
      throw new IllegalArgumentException("not a MAAS API key (consumer:token:secret)");
    }
    secrets.put("the whole API key", apiKey);
    secrets.put("the consumer key", parts[0]);
    secrets.put("the token key", parts[1]);
    secrets.put("the token secret", parts[2]);
  }

  /** Every place where the key or one of its parts appears; empty when it leaked nowhere. */
  static List<String> find(String apiKey, ProcessEngine engine, List<String> logLines) {
    MaasKeyLeaks scan = new MaasKeyLeaks(apiKey);
    scan.runtimeVariables(engine.getRuntimeService());
    scan.history(engine.getHistoryService());
    scan.jobs(engine.getManagementService());
    scan.incidents(engine);
    for (int i = 0; i < logLines.size(); i++) {
      scan.check("log line " + (i + 1), logLines.get(i));
    }
    return scan.findings;
  }

  private void runtimeVariables(RuntimeService runtime) {
    for (VariableInstance v :
        runtime.createVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
      check("variable " + v.getName() + " of " + v.getProcessInstanceId(), text(v.getTypedValue()));
    }
  }

  private void history(HistoryService history) {
    for (HistoricVariableInstance v :
        history.createHistoricVariableInstanceQuery().disableCustomObjectDeserialization().list()) {
      check("historic variable " + v.getName(), text(v.getTypedValue()));
    }
    for (HistoricDetail d :
        history.createHistoricDetailQuery().disableCustomObjectDeserialization().list()) {
      if (d instanceof HistoricVariableUpdate update) {
        check("history detail " + update.getVariableName(), text(update.getTypedValue()));
      } else if (d instanceof HistoricFormField field) {
        check("form field " + field.getFieldId(), String.valueOf(field.getFieldValue()));
      }
    }
    for (HistoricJobLog log : history.createHistoricJobLogQuery().failureLog().list()) {
      check("job log message of " + log.getActivityId(), log.getJobExceptionMessage());
      check(
          "job log stack trace of " + log.getActivityId(),
          history.getHistoricJobLogExceptionStacktrace(log.getId()));
    }
    history
        .createHistoricIncidentQuery()
        .list()
        .forEach(i -> check("historic incident " + i.getActivityId(), i.getIncidentMessage()));
  }

  private void jobs(ManagementService management) {
    for (Job job : management.createJobQuery().withException().list()) {
      check("job exception of " + job.getProcessInstanceId(), job.getExceptionMessage());
      check(
          "job stack trace of " + job.getProcessInstanceId(),
          management.getJobExceptionStacktrace(job.getId()));
    }
  }

  private void incidents(ProcessEngine engine) {
    engine
        .getRuntimeService()
        .createIncidentQuery()
        .list()
        .forEach(i -> check("incident " + i.getActivityId(), i.getIncidentMessage()));
  }

  private static String text(TypedValue value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value == null ? null : String.valueOf(value.getValue());
  }

  private void check(String place, String text) {
    if (text == null) {
      return;
    }
    secrets.forEach(
        (what, secret) -> {
          if (text.contains(secret)) {
            findings.add(place + " contains " + what);
          }
        });
  }
}
