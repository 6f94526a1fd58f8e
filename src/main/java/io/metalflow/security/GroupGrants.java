package io.metalflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * What each Metalflow group may do. {@code viewers} read everything in Cockpit and history; {@code
 * operators} also start processes and work on tasks; neither administers users or authorizations.
 * The admin group gets everything.
 */
record GroupGrants(String groupId, String name, List<Grant> grants) {

  static final String OPERATORS = "operators";
  static final String VIEWERS = "viewers";

  /** One authorization row: a resource (any id unless given) and its permissions. */
  record Grant(Resource resource, String resourceId, Permission... permissions) {}

  static List<GroupGrants> defaults() {
    return List.of(viewers(), operators());
  }

  static GroupGrants viewers() {
    return new GroupGrants(
        VIEWERS,
        "Viewers",
        List.of(
            new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Resources.FILTER, ANY, Permissions.READ),
            new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ),
            new Grant(
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE),
            new Grant(Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ),
            new Grant(Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.READ_VARIABLE),
            new Grant(
                Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
            new Grant(Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ)));
  }

  static GroupGrants operators() {
    return new GroupGrants(
        OPERATORS,
        "Operators",
        List.of(
            new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
            new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Resources.FILTER, ANY, Permissions.READ),
            new Grant(Resources.DEPLOYMENT, ANY, Permissions.READ),
            new Grant(
                Resources.PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.UPDATE_TASK,
                ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.RETRY_JOB,
                ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
                ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
                ProcessDefinitionPermissions.READ_TASK_VARIABLE),
            new Grant(
                Resources.PROCESS_INSTANCE,
                ANY,
                ProcessInstancePermissions.CREATE,
                ProcessInstancePermissions.READ,
                ProcessInstancePermissions.UPDATE,
                ProcessInstancePermissions.RETRY_JOB),
            new Grant(
                Resources.TASK,
                ANY,
                TaskPermissions.READ,
                TaskPermissions.UPDATE,
                TaskPermissions.TASK_WORK,
                TaskPermissions.READ_VARIABLE,
                TaskPermissions.UPDATE_VARIABLE),
            new Grant(
                Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ),
            new Grant(Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ)));
  }
}
