package io.metalflow.process;

/**
 * {@code processes/bootstrap-controller.bpmn}: checks MAAS and the juju client, registers cloud and
 * credential, finds a Ready controller machine by tag (operator help when none is usable), starts
 * {@code juju bootstrap} detached and polls it, verifies the controller and optionally enables the
 * dashboard. A bootstrap that outlives its timeout is stopped (juju cleans up what it acquired)
 * before its log is read. Outputs {@link #CONTROLLER_MACHINE}, {@link #CONTROLLER_ADDRESS}, {@link
 * #DASHBOARD_URL}, {@link #DASHBOARD_TUNNEL}; a failed run ends with {@link CommonNames#ERROR}.
 */
public final class BootstrapControllerProcess {

  public static final String KEY = "bootstrap-controller";

  // Element ids
  public static final String TASK_CHECK_MAAS_VERSION = "Task_CheckMaasVersion";
  public static final String TASK_CHECK_MAAS_USER = "Task_CheckMaasUser";
  public static final String END_MAAS_AUTH_REFUSED = "EndEvent_MaasAuthRefused";
  public static final String TASK_CHECK_JUJU_CLIENT = "Task_CheckJujuClient";
  public static final String TASK_INSTALL_JUJU_CLIENT = "Task_InstallJujuClient";
  public static final String TASK_ENSURE_CLOUD = "Task_EnsureCloud";
  public static final String TASK_ENSURE_CREDENTIAL = "Task_EnsureCredential";
  public static final String TASK_LOOK_UP_CONTROLLER = "Task_LookUpController";
  public static final String SUB_WAIT_FOR_MACHINE = "Activity_WaitForMachine";
  public static final String TASK_FIND_CONTROLLER_MACHINE = "Task_FindControllerMachine";
  public static final String TIMER_COMMISSIONING_POLL = "Timer_CommissioningPoll";
  public static final String BOUNDARY_COMMISSIONING_TIMED_OUT = "Event_CommissioningTimedOut";
  public static final String TASK_LIST_READY_MACHINES = "Task_ListReadyMachines";
  public static final String USER_TASK_TAG_MACHINE = "UserTask_TagMachine";
  public static final String TASK_ENSURE_TAG = "Task_EnsureTag";
  public static final String TASK_TAG_MACHINE = "Task_TagMachine";
  public static final String TASK_COMMISSION_MACHINE = "Task_CommissionMachine";
  public static final String END_COMMISSION_REFUSED = "EndEvent_CommissionRefused";
  public static final String USER_TASK_RECOMMISSION_MACHINE = "UserTask_RecommissionMachine";
  public static final String END_MACHINE_ABORTED = "EndEvent_MachineAborted";
  public static final String USER_TASK_COMMISSIONING_TIMED_OUT = "UserTask_CommissioningTimedOut";
  public static final String END_TIMEOUT_ABORTED = "EndEvent_TimeoutAborted";
  public static final String TASK_START_BOOTSTRAP = "Task_StartBootstrap";
  public static final String SUB_WAIT_FOR_BOOTSTRAP = "Activity_WaitForBootstrap";
  public static final String TASK_POLL_BOOTSTRAP = "Task_PollBootstrap";
  public static final String TIMER_BOOTSTRAP_POLL = "Timer_BootstrapPoll";
  public static final String BOUNDARY_BOOTSTRAP_TIMED_OUT = "Event_BootstrapTimedOut";
  public static final String TASK_STOP_BOOTSTRAP = "Task_StopBootstrap";
  public static final String TASK_READ_BOOTSTRAP_LOG = "Task_ReadBootstrapLog";
  public static final String END_BOOTSTRAP_FAILED = "EndEvent_BootstrapFailed";
  public static final String TASK_VERIFY_CONTROLLER = "Task_VerifyController";
  public static final String END_CONTROLLER_MISSING = "EndEvent_ControllerMissing";
  public static final String TASK_ENSURE_DASHBOARD = "Task_EnsureDashboard";
  public static final String END_CONTROLLER_READY = "EndEvent_ControllerReady";

  // Variables
  public static final String MAAS_VERSION = "maasVersion";
  public static final String MAAS_USER = "maasUser";
  public static final String JUJU_VERSION = "jujuVersion";
  public static final String JUJU_INSTALLED = "jujuInstalled";
  public static final String CLOUD_ADDED = "cloudAdded";
  public static final String CREDENTIAL_ADDED = "credentialAdded";
  public static final String CONTROLLER_EXISTS = "controllerExists";

  /** What the machine search concluded: one of the {@code NEXT_*} values. */
  public static final String MACHINE_NEXT = "machineNext";

  public static final String NEXT_READY = "ready";
  public static final String NEXT_WAIT = "wait";
  public static final String NEXT_COMMISSION = "commission";
  public static final String NEXT_TAG = "tag";
  public static final String NEXT_OPERATOR = "operator";

  /** MAAS system id of the controller machine (found by tag, then the one Juju used). */
  public static final String CONTROLLER_MACHINE = "controllerMachine";

  public static final String CONTROLLER_MACHINE_NAME = "controllerMachineName";
  public static final String MACHINE_STATUS = "machineStatus";
  public static final String MACHINE_STATUS_MESSAGE = "machineStatusMessage";
  public static final String COMMISSION_ATTEMPTS = "commissionAttempts";

  /** Json list of {@code {label, value}} for the tag form's select. */
  public static final String READY_MACHINES = "readyMachines";

  public static final String CHOSEN_MACHINE = "chosenMachine";
  public static final String TAG_CHOICE = "tagChoice";
  public static final String TAG_FOR_ME = "tag-for-me";
  public static final String TAGGED_IN_MAAS = "tagged-in-maas";
  public static final String MACHINE_DECISION = "machineDecision";
  public static final String DECISION_RETRY = "retry";
  public static final String DECISION_WAIT = "wait";
  public static final String DECISION_ABORT = "abort";
  public static final String BOOTSTRAP_STARTED = "bootstrapStarted";
  public static final String CONTROLLER_ADDRESS = "controllerAddress";
  public static final String DASHBOARD_URL = "dashboardUrl";
  public static final String DASHBOARD_TUNNEL = "dashboardTunnel";

  // BPMN error codes
  public static final String ERR_MAAS_AUTH_REFUSED = "Err_MaasAuthRefused";
  public static final String ERR_COMMISSION_REFUSED = "Err_CommissionRefused";
  public static final String ERR_CONTROLLER_MISSING = "Err_ControllerMissing";

  /** Prefix of the detached bootstrap's run id; the rest is the process instance id. */
  public static final String RUN_ID_PREFIX = "boot-";

  private BootstrapControllerProcess() {}
}
