package io.metalflow.process;

/**
 * {@code processes/deploy-applications.bpmn}: ensures the model, deploys every application of
 * {@link CommonNames#APPLICATIONS} as a parallel multi-instance, polls {@code juju status} until
 * every unit is active/idle; units in error or blocked, or the settle timeout, go to the operator
 * (retry with {@code juju resolve}, or abort). Outputs {@link CommonNames#UNIT_ADDRESSES} and
 * {@link CommonNames#MODEL_MACHINES}.
 */
public final class DeployApplicationsProcess {

  public static final String KEY = "deploy-applications";

  public static final String TASK_ENSURE_MODEL = "Task_EnsureModel";
  public static final String TASK_DEPLOY_APPLICATION = "Task_DeployApplication";
  public static final String END_DEPLOY_REFUSED = "EndEvent_DeployRefused";
  public static final String SUB_WAIT_FOR_UNITS = "Activity_WaitForUnits";
  public static final String BOUNDARY_SETTLE_TIMED_OUT = "Event_SettleTimedOut";
  public static final String USER_TASK_INVESTIGATE_UNIT = "UserTask_InvestigateUnit";
  public static final String TASK_RESOLVE_UNIT = "Task_ResolveUnit";
  public static final String END_DEPLOY_ABORTED = "EndEvent_DeployAborted";
  public static final String END_APPLICATIONS_DEPLOYED = "EndEvent_ApplicationsDeployed";

  /** Multi-instance element: one application's Json object. */
  public static final String APPLICATION = "application";

  /** Multi-instance element of the resolve loop: a unit name. */
  public static final String UNIT = "unit";

  public static final String MODEL_ADDED = "modelAdded";
  public static final String UNIT_DECISION = "unitDecision";
  public static final String DECISION_RETRY = "retry";
  public static final String DECISION_ABORT = "abort";

  public static final String ERR_DEPLOY_REFUSED = "Err_DeployRefused";

  private DeployApplicationsProcess() {}
}
