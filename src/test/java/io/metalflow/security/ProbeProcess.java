package io.metalflow.security;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * A harmless process for authorization tests: one user task for {@code operators}, no service task,
 * so starting it touches neither MAAS nor the main host.
 */
final class ProbeProcess {

  static final String KEY = "security-probe";
  static final String TASK = "UserTask_Probe";

  private ProbeProcess() {}

  static void deploy(RunningMetalflow app) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess(KEY)
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .userTask(TASK)
            .camundaCandidateGroups(GroupGrants.OPERATORS)
            .endEvent()
            .done();
    app.bean(RepositoryService.class)
        .createDeployment()
        .name(KEY)
        .enableDuplicateFiltering(true)
        .addModelInstance(KEY + ".bpmn", model)
        .deploy();
  }

  /** Starts one instance (unchecked Java API) and returns its waiting task. */
  static Task start(RunningMetalflow app) {
    String id = app.bean(RuntimeService.class).startProcessInstanceByKey(KEY).getId();
    return app.bean(TaskService.class).createTaskQuery().processInstanceId(id).singleResult();
  }
}
