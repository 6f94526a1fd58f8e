package io.metalflow.process;

/**
 * {@code processes/teardown-controller.bpmn}: lists what will be destroyed (controller, models,
 * applications, MAAS machines), asks for approval, runs {@code juju destroy-controller} detached
 * and polls it (past the destroy timeout an operator decides whether to keep waiting), then waits
 * until MAAS has every machine back in Ready; stuck machines are released through the API after a
 * second approval.
 */
public final class TeardownControllerProcess {

  public static final String KEY = "teardown-controller";

  public static final String TASK_DESCRIBE_CONTROLLER = "Task_DescribeController";
  public static final String END_NOTHING_TO_TEAR_DOWN = "EndEvent_NothingToTearDown";
  public static final String TASK_DESCRIBE_MODEL = "Task_DescribeModel";
  public static final String TASK_DESCRIBE_MACHINES = "Task_DescribeMachines";
  public static final String USER_TASK_APPROVE_TEARDOWN = "UserTask_ApproveTeardown";
  public static final String END_TEARDOWN_REJECTED = "EndEvent_TeardownRejected";
  public static final String TASK_START_DESTROY = "Task_StartDestroy";
  public static final String TASK_POLL_DESTROY = "Task_PollDestroy";
  public static final String TIMER_DESTROY_POLL = "Timer_DestroyPoll";
  public static final String BOUNDARY_DESTROY_TIMED_OUT = "Event_DestroyTimedOut";
  public static final String TASK_PEEK_DESTROY_LOG = "Task_PeekDestroyLog";
  public static final String USER_TASK_DECIDE_SLOW_DESTROY = "UserTask_DecideSlowDestroy";
  public static final String TASK_READ_DESTROY_LOG = "Task_ReadDestroyLog";
  public static final String END_TEARDOWN_FAILED = "EndEvent_TeardownFailed";
  public static final String SUB_WAIT_FOR_RELEASE = "Activity_WaitForRelease";
  public static final String TASK_CHECK_MACHINES = "Task_CheckMachines";
  public static final String TIMER_RELEASE_POLL = "Timer_ReleasePoll";
  public static final String BOUNDARY_RELEASE_TIMED_OUT = "Event_ReleaseTimedOut";
  public static final String USER_TASK_APPROVE_RELEASE = "UserTask_ApproveRelease";
  public static final String TASK_RELEASE_MACHINE = "Task_ReleaseMachine";
  public static final String END_MACHINES_LEFT = "EndEvent_MachinesLeft";
  public static final String END_CONTROLLER_DESTROYED = "EndEvent_ControllerDestroyed";

  /** Input: the controller machine's system id, when the caller knows it. */
  public static final String CONTROLLER_MACHINE = BootstrapControllerProcess.CONTROLLER_MACHINE;

  public static final String CONTROLLER_EXISTS = "controllerExists";

  /** Json list of model names of the controller. */
  public static final String TEARDOWN_MODELS = "teardownModels";

  /** Multi-instance element: a model name. */
  public static final String MODEL = "model";

  /** Json list of {@code {model, application, charm}}. */
  public static final String TEARDOWN_APPLICATIONS = "teardownApplications";

  /** Json list of MAAS system ids the controller holds. */
  public static final String TEARDOWN_MACHINE_IDS = "teardownMachineIds";

  /** Json list of {@code {hostname, systemId, status}} for the approval form. */
  public static final String TEARDOWN_MACHINES = "teardownMachines";

  public static final String TEARDOWN_SUMMARY = "teardownSummary";
  public static final String TEARDOWN_DECISION = "teardownDecision";
  public static final String TEARDOWN_COMMENT = "teardownComment";
  public static final String DECISION_APPROVE = "approve";
  public static final String DECISION_REJECT = "reject";
  public static final String DESTROY_STARTED = "destroyStarted";
  public static final String MACHINES_READY = "machinesReady";

  /** Json list of system ids not back in Ready. */
  public static final String STUCK_MACHINES = "stuckMachines";

  /** Json list of {@code {hostname, systemId, status}} of the stuck machines. */
  public static final String STUCK_REPORT = "stuckReport";

  public static final String STUCK_SUMMARY = "stuckSummary";

  /** Multi-instance element: a stuck machine's system id. */
  public static final String MACHINE = "machine";

  /** The operator's answer when destroy-controller outlives the destroy timeout. */
  public static final String DESTROY_DECISION = "destroyDecision";

  public static final String DECISION_KEEP_WAITING = "wait";
  public static final String DECISION_GIVE_UP = "give-up";

  public static final String RELEASE_DECISION = "releaseDecision";
  public static final String DECISION_RELEASE = "release";
  public static final String DECISION_LEAVE = "leave";

  public static final String RUN_ID_PREFIX = "destroy-";

  private TeardownControllerProcess() {}
}
