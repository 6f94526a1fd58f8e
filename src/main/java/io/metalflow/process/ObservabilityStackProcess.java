package io.metalflow.process;

/**
 * {@code processes/observability-stack.bpmn}: calls bootstrap, deploy (Grafana and Prometheus by
 * default) and integrate, waits for "Done with the lab" (user task or the {@link #MESSAGE_LAB_DONE}
 * message correlated by business key), then calls teardown. A failure after the controller exists
 * asks whether to tear down.
 */
public final class ObservabilityStackProcess {

  public static final String KEY = "observability-stack";

  public static final String CALL_BOOTSTRAP_CONTROLLER = "CallActivity_BootstrapController";
  public static final String END_STACK_FAILED = "EndEvent_StackFailed";
  public static final String CALL_DEPLOY_APPLICATIONS = "CallActivity_DeployApplications";
  public static final String CALL_INTEGRATE_APPLICATIONS = "CallActivity_IntegrateApplications";
  public static final String USER_TASK_LAB_DONE = "UserTask_LabDone";
  public static final String BOUNDARY_LAB_DONE = "Event_LabDone";
  public static final String CALL_TEARDOWN_CONTROLLER = "CallActivity_TeardownController";
  public static final String END_LAB_TORN_DOWN = "EndEvent_LabTornDown";

  /** The teardown was rejected or failed: the controller and its machines are still there. */
  public static final String END_LAB_NOT_TORN_DOWN = "EndEvent_LabNotTornDown";

  public static final String USER_TASK_TEARDOWN_AFTER_FAILURE = "UserTask_TeardownAfterFailure";
  public static final String CALL_TEARDOWN_AFTER_FAILURE = "CallActivity_TeardownAfterFailure";
  public static final String END_FAILED_TORN_DOWN = "EndEvent_FailedTornDown";
  public static final String END_FAILED_KEPT = "EndEvent_FailedKept";

  /** Message that ends the lab wait; correlate by the process's business key. */
  public static final String MESSAGE_LAB_DONE = "LabDone";

  public static final String FAILURE_DECISION = "failureDecision";
  public static final String DECISION_TEARDOWN = "teardown";
  public static final String DECISION_KEEP = "keep";
  public static final String TEARDOWN_ERROR = "teardownError";
  public static final String LAB_NOTES = "labNotes";

  private ObservabilityStackProcess() {}
}
