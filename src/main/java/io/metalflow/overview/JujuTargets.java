package io.metalflow.overview;

import io.metalflow.process.CommonNames;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Which Juju models the page shows: the controller and model that running process instances
 * (runtime) and instances that finished within {@code recent} (history) name, running ones first,
 * at most {@value #MAX} distinct models. Metalflow's processes name them {@code controllerName} /
 * {@code modelName} ({@link CommonNames}); plain {@code controller} / {@code model} are read too,
 * for processes started by other tools. Variables of other types are ignored.
 */
final class JujuTargets {

  static final String CONTROLLER = "controller";
  static final String MODEL = "model";
  private static final String[] NAMES = {
    CommonNames.CONTROLLER_NAME, CommonNames.MODEL_NAME, CONTROLLER, MODEL
  };
  static final int MAX = 8;
  private static final int MAX_RECENT_INSTANCES = 20;

  private final RuntimeService runtime;
  private final HistoryService history;
  private final Clock clock;
  private final Duration recent;

  JujuTargets(RuntimeService runtime, HistoryService history, Clock clock, Duration recent) {
    this.runtime = runtime;
    this.history = history;
    this.clock = clock;
    this.recent = recent;
  }

  List<JujuTarget> read() {
    Map<String, Map<String, String>> byInstance = new LinkedHashMap<>();
    for (VariableInstance v : runtime.createVariableInstanceQuery().variableNameIn(NAMES).list()) {
      put(byInstance, v.getProcessInstanceId(), v.getName(), v.getValue());
    }
    String[] recentIds = recentlyFinished();
    if (recentIds.length > 0) {
      for (HistoricVariableInstance v :
          history
              .createHistoricVariableInstanceQuery()
              .processInstanceIdIn(recentIds)
              .variableNameIn(NAMES)
              .list()) {
        put(byInstance, v.getProcessInstanceId(), v.getName(), v.getValue());
      }
    }
    return group(byInstance);
  }

  private String[] recentlyFinished() {
    Date since = Date.from(clock.instant().minus(recent));
    return history
        .createHistoricProcessInstanceQuery()
        .finishedAfter(since)
        .orderByProcessInstanceEndTime()
        .desc()
        .listPage(0, MAX_RECENT_INSTANCES)
        .stream()
        .map(HistoricProcessInstance::getId)
        .toArray(String[]::new);
  }

  private static void put(
      Map<String, Map<String, String>> byInstance, String instance, String name, Object value) {
    if (value instanceof String text && !text.isBlank()) {
      byInstance.computeIfAbsent(instance, id -> new HashMap<>()).putIfAbsent(name, text);
    }
  }

  private static String first(Map<String, String> vars, String preferred, String fallback) {
    return vars.getOrDefault(preferred, vars.get(fallback));
  }

  private static List<JujuTarget> group(Map<String, Map<String, String>> byInstance) {
    Map<List<String>, List<String>> namedBy = new LinkedHashMap<>();
    byInstance.forEach(
        (instance, vars) -> {
          String controller = first(vars, CommonNames.CONTROLLER_NAME, CONTROLLER);
          if (controller != null) {
            String model = first(vars, CommonNames.MODEL_NAME, MODEL);
            model = model == null ? JujuTarget.CONTROLLER_MODEL : model;
            namedBy
                .computeIfAbsent(List.of(controller, model), k -> new ArrayList<>())
                .add(instance);
          }
        });
    return namedBy.entrySet().stream()
        .limit(MAX)
        .map(e -> new JujuTarget(e.getKey().get(0), e.getKey().get(1), e.getValue()))
        .toList();
  }
}
