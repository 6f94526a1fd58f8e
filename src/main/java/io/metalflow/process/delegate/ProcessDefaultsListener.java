package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * Start listener of every process: gives each missing (or blank) input its default from {@link
 * StartDefaults}, and turns JSON text and {@code "true"/"false"} strings from REST or forms into
 * Json and boolean variables. Idempotent; runs before the first save point.
 */
@Component("processDefaultsListener")
class ProcessDefaultsListener implements ExecutionListener {

  private final StartDefaults defaults;

  ProcessDefaultsListener(StartDefaults defaults) {
    this.defaults = defaults;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String key = processKey(execution.getBpmnModelElementInstance());
    Map<String, Object> values = defaults.forProcess(key, execution.getProcessInstanceId());
    values.forEach((name, value) -> applyDefault(execution, name, value));
    normalize(execution);
  }

  private static void applyDefault(DelegateExecution execution, String name, Object value) {
    Object current = execution.getVariable(name);
    boolean missing =
        current == null
            || current instanceof String s && s.isBlank()
            || current instanceof Collection<?> c && c.isEmpty()
            || "[]".equals(String.valueOf(current).replace(" ", ""));
    if (missing && (value != null || !execution.hasVariable(name))) {
      execution.setVariable(name, value);
    }
  }

  private static void normalize(DelegateExecution execution) {
    for (String json : new String[] {APPLICATIONS, RELATIONS, MODEL_MACHINES}) {
      Object value = execution.getVariable(json);
      if (value instanceof String || value instanceof Collection<?> || value instanceof Map<?, ?>) {
        toJsonIfParsable(execution, json, value);
      }
    }
    Object dashboard = execution.getVariable(ENABLE_DASHBOARD);
    if (dashboard instanceof String s && (s.equals("true") || s.equals("false"))) {
      execution.setVariable(ENABLE_DASHBOARD, Boolean.parseBoolean(s));
    }
  }

  private static void toJsonIfParsable(DelegateExecution execution, String name, Object value) {
    try {
      execution.setVariable(name, Vars.toJson(Vars.read(value, new JsonTree())));
    } catch (IllegalArgumentException e) {
      // left as it is: the validation task reports it with the variable's name
    }
  }

  private static String processKey(ModelElementInstance element) {
    ModelElementInstance current = element;
    while (current != null && !(current instanceof Process)) {
      current = current.getParentElement();
    }
    return current == null ? "" : ((Process) current).getId();
  }

  /** Reads any JSON value as a tree of lists and maps. */
  private static final class JsonTree
      extends com.fasterxml.jackson.core.type.TypeReference<Object> {}
}
