package io.metalflow.overview;

import io.metalflow.overview.Overview.IncidentView;
import io.metalflow.overview.Overview.ProcessView;
import io.metalflow.overview.Overview.ProcessesView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

/**
 * The running process instances (at most {@value #LIMIT}, by key): business key, where each one is
 * (the innermost activities, including those waiting for their asynchronous job), its open
 * incidents and its Cockpit link. Public query APIs only.
 */
final class ProcessesSection {

  static final int LIMIT = 50;
  private static final int MAX_INCIDENTS = 500;

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final String cockpitInstanceUrl;

  /**
   * @param cockpitInstanceUrl the Cockpit link without the instance id, e.g. {@code
   *     /camunda/app/cockpit/default/#/process-instance/}
   */
  ProcessesSection(
      RuntimeService runtime, RepositoryService repository, String cockpitInstanceUrl) {
    this.runtime = runtime;
    this.repository = repository;
    this.cockpitInstanceUrl = cockpitInstanceUrl;
  }

  ProcessesView read() {
    try {
      List<ProcessInstance> instances =
          runtime
              .createProcessInstanceQuery()
              .orderByProcessDefinitionKey()
              .asc()
              .orderByProcessInstanceId()
              .asc()
              .listPage(0, LIMIT);
      Map<String, String> keys = definitionKeys(instances);
      Map<String, List<IncidentView>> incidents = openIncidents();
      List<ProcessView> views = new ArrayList<>();
      for (ProcessInstance instance : instances) {
        views.add(view(instance, keys, incidents));
      }
      return new ProcessesView(views, LIMIT, null);
    } catch (RuntimeException e) {
      return new ProcessesView(List.of(), LIMIT, Errors.describe(e));
    }
  }

  private ProcessView view(
      ProcessInstance instance,
      Map<String, String> keys,
      Map<String, List<IncidentView>> incidents) {
    return new ProcessView(
        instance.getId(),
        keys.get(instance.getProcessDefinitionId()),
        instance.getBusinessKey(),
        instance.getRootProcessInstanceId(),
        instance.isSuspended(),
        activities(instance.getId()),
        incidents.getOrDefault(instance.getId(), List.of()),
        cockpitInstanceUrl + instance.getId());
  }

  private Map<String, String> definitionKeys(List<ProcessInstance> instances) {
    Map<String, String> keys = new HashMap<>();
    String[] ids =
        instances.stream()
            .map(ProcessInstance::getProcessDefinitionId)
            .distinct()
            .toArray(String[]::new);
    if (ids.length > 0) {
      for (ProcessDefinition d :
          repository.createProcessDefinitionQuery().processDefinitionIdIn(ids).list()) {
        keys.put(d.getId(), d.getKey());
      }
    }
    return keys;
  }

  private Map<String, List<IncidentView>> openIncidents() {
    Map<String, List<IncidentView>> byInstance = new LinkedHashMap<>();
    for (Incident i :
        runtime.createIncidentQuery().orderByIncidentTimestamp().asc().listPage(0, MAX_INCIDENTS)) {
      byInstance
          .computeIfAbsent(i.getProcessInstanceId(), id -> new ArrayList<>())
          .add(
              new IncidentView(
                  i.getIncidentType(),
                  i.getActivityId(),
                  i.getIncidentMessage(),
                  i.getIncidentTimestamp() == null ? null : i.getIncidentTimestamp().toInstant()));
    }
    return byInstance;
  }

  /** The innermost activities; an instance that ended meanwhile has none. */
  private List<String> activities(String processInstanceId) {
    ActivityInstance root = runtime.getActivityInstance(processInstanceId);
    List<String> names = new ArrayList<>();
    if (root != null) {
      collect(root, names);
    }
    return names;
  }

  private static void collect(ActivityInstance scope, List<String> names) {
    for (ActivityInstance child : scope.getChildActivityInstances()) {
      if (child.getChildActivityInstances().length == 0
          && child.getChildTransitionInstances().length == 0) {
        names.add(name(child.getActivityName(), child.getActivityId()));
      } else {
        collect(child, names);
      }
    }
    for (TransitionInstance waiting : scope.getChildTransitionInstances()) {
      names.add(name(waiting.getActivityName(), waiting.getActivityId()) + " (job queued)");
    }
  }

  private static String name(String name, String id) {
    return name == null || name.isBlank() ? id : name;
  }
}
