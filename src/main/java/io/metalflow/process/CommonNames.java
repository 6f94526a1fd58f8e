package io.metalflow.process;

/**
 * Variable names, error codes and decision values shared by several processes. Variables hold names
 * and readable state only, never a secret.
 */
public final class CommonNames {

  // Inputs (names only; the MAAS API key and SSH keys come from configuration)
  public static final String CONTROLLER_NAME = "controllerName";
  public static final String CLOUD_NAME = "cloudName";
  public static final String CREDENTIAL_NAME = "credentialName";
  public static final String MAAS_ENDPOINT = "maasEndpoint";
  public static final String MACHINE_TAG = "machineTag";
  public static final String MODEL_NAME = "modelName";
  public static final String ENABLE_DASHBOARD = "enableDashboard";
  public static final String JUJU_CHANNEL = "jujuChannel";
  public static final String BOOTSTRAP_BASE = "bootstrapBase";

  /** Json list of {@code {name, charm, channel, base, units, constraints, config}}. */
  public static final String APPLICATIONS = "applications";

  /** Json list of {@code {first: "app:endpoint", second: "app:endpoint"}}. */
  public static final String RELATIONS = "relations";

  public static final String GRAFANA_APPLICATION = "grafanaApplication";
  public static final String PROMETHEUS_APPLICATION = "prometheusApplication";

  // Timings (ISO-8601 durations as strings, set from ProcessTimings at start unless given)
  public static final String POLL_INTERVAL = "pollInterval";
  public static final String COMMISSIONING_TIMEOUT = "commissioningTimeout";
  public static final String BOOTSTRAP_TIMEOUT = "bootstrapTimeout";
  public static final String SETTLE_TIMEOUT = "settleTimeout";
  public static final String DESTROY_TIMEOUT = "destroyTimeout";
  public static final String RELEASE_TIMEOUT = "releaseTimeout";

  // Outcome of a failed run: a readable sentence, and the BPMN error code when one was thrown.
  public static final String ERROR = "error";
  public static final String ERROR_CODE = "errorCode";

  /**
   * Why the operator sees a task again: a plain sentence about the decision it was completed with
   * (missing, not one of the choices, a machine that was not offered). Set when a decision gateway
   * sends the run back to its task, removed when the task is completed again; every form shows it.
   */
  public static final String DECISION_PROBLEM = "decisionProblem";

  // Detached jobs on the main host (bootstrap, destroy-controller)
  /** Run id of the detached job, derived from the process instance id and set at start. */
  public static final String RUN_ID = "runId";

  /**
   * {@code running} or {@code succeeded}; a failed job is the BPMN error {@link #ERR_JOB_FAILED}.
   */
  public static final String JOB_STATE = "jobState";

  public static final String JOB_EXIT_CODE = "jobExitCode";
  public static final String JOB_LOG_TAIL = "jobLogTail";
  public static final String JOB_RUNNING = "running";
  public static final String JOB_SUCCEEDED = "succeeded";

  // Juju status polling (deploy and integrate)
  /** {@code settled}, {@code pending} or {@code attention}. */
  public static final String SETTLEMENT = "settlement";

  public static final String SETTLED = "settled";
  public static final String PENDING = "pending";
  public static final String ATTENTION = "attention";

  /** Json list of {@code {unit, workload, agent, message, address}}. */
  public static final String UNIT_REPORT = "unitReport";

  /** Json list of unit names whose workload or agent is in error (what {@code resolve} fixes). */
  public static final String ERROR_UNITS = "errorUnits";

  /** One readable line per unit that is not settled. */
  public static final String STATUS_SUMMARY = "statusSummary";

  /** Json map unit name to public address. */
  public static final String UNIT_ADDRESSES = "unitAddresses";

  /** Json list of the MAAS system ids of the model's machines. */
  public static final String MODEL_MACHINES = "modelMachines";

  // Error codes thrown by more than one process
  public static final String ERR_INVALID_INPUT = "Err_InvalidInput";
  public static final String ERR_JOB_FAILED = "Err_JobFailed";

  // Element ids every process has
  public static final String TASK_VALIDATE_INPUT = "Task_ValidateInput";
  public static final String END_INVALID_INPUT = "EndEvent_InvalidInput";
  public static final String TASK_READ_MODEL_STATUS = "Task_ReadModelStatus";
  public static final String TIMER_STATUS_POLL = "Timer_StatusPoll";

  private CommonNames() {}
}
