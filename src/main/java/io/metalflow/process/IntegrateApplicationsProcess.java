package io.metalflow.process;

/**
 * {@code processes/integrate-applications.bpmn}: ensures every relation of {@link
 * CommonNames#RELATIONS}, waits until the units settle, then verifies the stack end to end. Outputs
 * {@link #DATASOURCE_UID}, {@link #VERIFICATION} (Json, no secrets) and {@link
 * #VERIFICATION_PASSED}.
 */
public final class IntegrateApplicationsProcess {

  public static final String KEY = "integrate-applications";

  public static final String TASK_ENSURE_RELATION = "Task_EnsureRelation";
  public static final String END_RELATION_REFUSED = "EndEvent_RelationRefused";
  public static final String SUB_WAIT_FOR_SETTLE = "Activity_WaitForSettle";
  public static final String BOUNDARY_SETTLE_TIMED_OUT = "Event_SettleTimedOut";
  public static final String END_SETTLE_TIMED_OUT = "EndEvent_SettleTimedOut";
  public static final String END_UNIT_NEEDS_ATTENTION = "EndEvent_UnitNeedsAttention";
  public static final String TASK_VERIFY_STACK = "Task_VerifyStack";
  public static final String END_STACK_VERIFIED = "EndEvent_StackVerified";
  public static final String END_VERIFICATION_FAILED = "EndEvent_VerificationFailed";

  /** Multi-instance element: one relation's Json object {@code {first, second}}. */
  public static final String RELATION = "relation";

  public static final String DATASOURCE_UID = "datasourceUid";
  public static final String VERIFICATION = "verification";
  public static final String VERIFICATION_PASSED = "verificationPassed";
  public static final String VERIFICATION_MESSAGE = "verificationMessage";

  public static final String ERR_RELATION_REFUSED = "Err_RelationRefused";

  private IntegrateApplicationsProcess() {}
}
