package io.metalflow.process;

import static io.metalflow.process.BootstrapControllerProcess.*;
import static io.metalflow.process.CommonNames.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.metalflow.juju.BootstrapRequest;
import io.metalflow.juju.ControllerInfo;
import io.metalflow.juju.DashboardInfo;
import io.metalflow.maas.MaasAuthenticationException;
import io.metalflow.maas.MaasBadRequestException;
import io.metalflow.maas.MaasUnavailableException;
import io.metalflow.maas.MaasUser;
import io.metalflow.maas.MaasVersion;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RunId;
import io.metalflow.ssh.SshException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class BootstrapControllerProcessTest extends ProcessTestSupport {

  static final ControllerInfo CONTROLLER =
      new ControllerInfo(
          "maas-controller",
          "793d364b",
          "maas-one",
          "3.6.14",
          List.of("127.77.0.11:17070"),
          List.of("abc123"),
          List.of("controller"));

  @BeforeEach
  void aWorkingLab() {
    when(maas.version()).thenReturn(new MaasVersion("3.4.2", "", List.of("machines")));
    when(maas.whoami()).thenReturn(new MaasUser("admin", "admin@example.org", true));
    when(juju.version()).thenReturn(Optional.of("3.6.14-genericlinux-amd64"));
    when(juju.controller("maas-controller")).thenReturn(Optional.empty(), Optional.of(CONTROLLER));
    when(juju.startBootstrap(any(), any())).thenReturn(true);
    when(juju.job(any())).thenReturn(JobStatus.running(), JobStatus.exited(0));
    when(juju.ensureDashboard("maas-controller"))
        .thenReturn(new DashboardInfo("127.77.0.11", 8080, "ssh -L 8080:127.77.0.11:8080 main"));
  }

  @Test
  void readyTaggedMachineIsBootstrappedDetachedThenVerifiedWithTheDashboard() {
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL);
    fireTimer(TIMER_BOOTSTRAP_POLL);

    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            TASK_CHECK_MAAS_VERSION,
            TASK_CHECK_MAAS_USER,
            TASK_ENSURE_CLOUD,
            TASK_ENSURE_CREDENTIAL,
            TASK_FIND_CONTROLLER_MACHINE,
            TASK_START_BOOTSTRAP,
            TASK_VERIFY_CONTROLLER,
            TASK_ENSURE_DASHBOARD,
            END_CONTROLLER_READY)
        .hasNotPassed(TASK_INSTALL_JUJU_CLIENT);
    ArgumentCaptor<BootstrapRequest> request = ArgumentCaptor.forClass(BootstrapRequest.class);
    verify(juju).startBootstrap(eq(new RunId("boot-" + pi.getId())), request.capture());
    assertThat(request.getValue())
        .isEqualTo(
            new BootstrapRequest(
                "maas-one", "maas-controller", "ubuntu@22.04", "tags=juju", null, Map.of()));
    verify(juju)
        .ensureCloud(new io.metalflow.juju.MaasCloud("maas-one", "http://127.0.0.1:5240/MAAS"));
    verify(juju).ensureCredential("maas-one", "metalflow");
    assertThat(variable(pi, CONTROLLER_MACHINE)).isEqualTo("abc123");
    assertThat(variable(pi, CONTROLLER_ADDRESS)).isEqualTo("127.77.0.11");
    assertThat(variable(pi, DASHBOARD_URL)).isEqualTo("http://127.77.0.11:8080");
    assertThat(variable(pi, DASHBOARD_TUNNEL)).isEqualTo("ssh -L 8080:127.77.0.11:8080 main");
    assertThat(variable(pi, ERROR)).isNull();
  }

  @Test
  void missingJujuClientIsInstalledFromTheConfiguredChannel() {
    when(juju.version()).thenReturn(Optional.empty());
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));

    ProcessInstance pi = start(KEY, Map.of(ENABLE_DASHBOARD, false));
    fireTimer(TIMER_BOOTSTRAP_POLL);

    assertThat(pi)
        .isEnded()
        .hasPassed(TASK_INSTALL_JUJU_CLIENT)
        .hasNotPassed(TASK_ENSURE_DASHBOARD);
    verify(juju).installClient("3.6");
    verify(juju, never()).ensureDashboard(anyString());
  }

  @Test
  void aTagMaasDoesNotKnowYetMeansNoTaggedMachineAndAsksTheOperator() {
    when(maas.machines(MachineQuery.all().withTags("juju")))
        .thenThrow(
            new MaasBadRequestException(
                "GET machines/",
                "{\"tags\": [\"No such tag(s): 'juju'.\"]}",
                Map.of("tags", List.of("No such tag(s): 'juju'."))));
    when(maas.machines(MachineQuery.all().withStatuses(MachineStatus.READY)))
        .thenReturn(List.of(machine("def456", "server2", MachineStatus.READY)));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isWaitingAt(USER_TASK_TAG_MACHINE);
    assertThat(runtime.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void noTaggedMachineAsksTheOperatorAndTagItForMeTagsTheChosenMachine() {
    when(maas.machines(any()))
        .thenReturn(List.of())
        .thenReturn(List.of(machine("def456", "server2", MachineStatus.READY)))
        .thenReturn(List.of(machine("def456", "server2", MachineStatus.READY, "juju")));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(USER_TASK_TAG_MACHINE);
    assertThat(variable(pi, READY_MACHINES).toString()).contains("\"value\":\"def456\"");

    complete(USER_TASK_TAG_MACHINE, Map.of(TAG_CHOICE, TAG_FOR_ME, CHOSEN_MACHINE, "def456"));

    verify(maas).ensureTag(eq("juju"), anyString());
    verify(maas).updateTagNodes("juju", List.of("def456"), List.of());
    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL).hasPassed(TASK_TAG_MACHINE);
    verify(maas).machines(MachineQuery.all().withStatuses(MachineStatus.READY));
  }

  @Test
  void operatorWhoTaggedInMaasMakesMetalflowLookAgainWithoutTagging() {
    when(maas.machines(any()))
        .thenReturn(List.of(), List.of(), List.of(machine("x1", "server3", MachineStatus.READY)));

    ProcessInstance pi = start(KEY, Map.of());
    complete(USER_TASK_TAG_MACHINE, Map.of(TAG_CHOICE, TAGGED_IN_MAAS));

    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL).hasNotPassed(TASK_TAG_MACHINE);
    verify(maas, never()).updateTagNodes(anyString(), any(), any());
  }

  @Test
  void tagForMeWithoutAnOfferedMachineAsksAgainInPlainWordsAndTagsNothing() {
    when(maas.machines(MachineQuery.all().withTags("juju")))
        .thenReturn(List.of(), List.of(machine("def456", "server2", MachineStatus.READY, "juju")));
    when(maas.machines(MachineQuery.all().withStatuses(MachineStatus.READY)))
        .thenReturn(List.of(machine("def456", "server2", MachineStatus.READY)));
    ProcessInstance pi = start(KEY, Map.of());

    complete(USER_TASK_TAG_MACHINE, Map.of(TAG_CHOICE, TAG_FOR_ME));
    assertThat(pi).isWaitingAt(USER_TASK_TAG_MACHINE);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("Choose the Ready machine Metalflow should tag.");

    complete(USER_TASK_TAG_MACHINE, Map.of(TAG_CHOICE, TAG_FOR_ME, CHOSEN_MACHINE, "zzz999"));
    assertThat(pi).isWaitingAt(USER_TASK_TAG_MACHINE);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"zzz999\" is not one of the Ready machines listed: choose one from the list.");

    complete(USER_TASK_TAG_MACHINE, Map.of(TAG_CHOICE, "please"));
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo(
            "\"please\" is not one of the choices: choose \"tag-for-me\" or \"tagged-in-maas\".");
    verify(maas, never()).updateTagNodes(anyString(), any(), any());
    assertThat(runtime.createIncidentQuery().count()).isZero();

    complete(USER_TASK_TAG_MACHINE, Map.of(TAG_CHOICE, TAG_FOR_ME, CHOSEN_MACHINE, "def456"));
    verify(maas).updateTagNodes("juju", List.of("def456"), List.of());
    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM)).isNull();
  }

  @Test
  void recommissionDecisionNobodyKnowsAsksAgainInsteadOfAborting() {
    taggedMachines(
        machine("abc123", "server1", MachineStatus.FAILED_COMMISSIONING, "juju"),
        machine("abc123", "server1", MachineStatus.FAILED_COMMISSIONING, "juju"));
    ProcessInstance pi = start(KEY, Map.of());

    complete(USER_TASK_RECOMMISSION_MACHINE, Map.of());
    assertThat(pi).isWaitingAt(USER_TASK_RECOMMISSION_MACHINE);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("No decision was given: choose \"retry\" or \"abort\".");
    complete(USER_TASK_RECOMMISSION_MACHINE, Map.of(MACHINE_DECISION, "later"));
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"later\" is not one of the choices: choose \"retry\" or \"abort\".");

    complete(USER_TASK_RECOMMISSION_MACHINE, Map.of(MACHINE_DECISION, DECISION_ABORT));
    assertThat(pi).isEnded().hasPassed(END_MACHINE_ABORTED);
    verify(maas, times(1)).commission("abc123");
  }

  @Test
  void commissioningTimeoutAnsweredWithARecommissionDecisionAsksAgain() {
    taggedMachines(machine("abc123", "server1", MachineStatus.COMMISSIONING, "juju"));
    ProcessInstance pi = start(KEY, Map.of());
    fireTimer(BOUNDARY_COMMISSIONING_TIMED_OUT);

    complete(USER_TASK_COMMISSIONING_TIMED_OUT, Map.of(MACHINE_DECISION, DECISION_RETRY));

    assertThat(pi).isWaitingAt(USER_TASK_COMMISSIONING_TIMED_OUT);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"retry\" is not one of the choices: choose \"wait\" or \"abort\".");
  }

  @Test
  void firstCommissioningFailureIsRecommissionedThroughMaasOnceThenBootstraps() {
    taggedMachines(
        machine("abc123", "server1", MachineStatus.FAILED_COMMISSIONING, "juju"),
        machine("abc123", "server1", MachineStatus.COMMISSIONING, "juju"),
        machine("abc123", "server1", MachineStatus.READY, "juju"));

    ProcessInstance pi = start(KEY, Map.of());
    verify(maas).commission("abc123");
    assertThat(pi).isWaitingAt(TIMER_COMMISSIONING_POLL);
    fireTimer(TIMER_COMMISSIONING_POLL);

    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL).hasPassed(TASK_COMMISSION_MACHINE);
    assertThat(runtime.getVariable(pi.getId(), COMMISSION_ATTEMPTS)).isEqualTo(1);
  }

  @Test
  void secondCommissioningFailureAsksTheOperatorWhoMayAbort() {
    taggedMachines(
        machine("abc123", "server1", MachineStatus.FAILED_COMMISSIONING, "juju"),
        machine("abc123", "server1", MachineStatus.FAILED_COMMISSIONING, "juju"));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(USER_TASK_RECOMMISSION_MACHINE);
    complete(USER_TASK_RECOMMISSION_MACHINE, Map.of(MACHINE_DECISION, DECISION_ABORT));

    assertThat(pi).isEnded().hasPassed(END_MACHINE_ABORTED);
    verify(maas, times(1)).commission("abc123");
    verify(juju, never()).startBootstrap(any(), any());
    assertThat((String) variable(pi, ERROR)).contains("failed commissioning");
  }

  @Test
  void commissioningThatNeverFinishesTimesOutToAnOperatorTask() {
    Date started = new Date(1_800_000_000_000L);
    ClockUtil.setCurrentTime(started);
    taggedMachines(machine("abc123", "server1", MachineStatus.COMMISSIONING, "juju"));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(TIMER_COMMISSIONING_POLL);
    Job timeout =
        management.createJobQuery().activityId(BOUNDARY_COMMISSIONING_TIMED_OUT).singleResult();
    assertThat(timeout.getDuedate()).isEqualTo(plus(started, Duration.ofMinutes(2)));

    ClockUtil.setCurrentTime(plus(started, Duration.ofMinutes(3)));
    drive();

    assertThat(pi).isWaitingAt(USER_TASK_COMMISSIONING_TIMED_OUT);
    complete(USER_TASK_COMMISSIONING_TIMED_OUT, Map.of(MACHINE_DECISION, DECISION_ABORT));
    assertThat(pi).isEnded().hasPassed(END_TIMEOUT_ABORTED);
    verify(juju, never()).startBootstrap(any(), any());
  }

  @Test
  void bootstrapJobExitingNonZeroEndsWithTheLastLinesOfItsLog() {
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));
    when(juju.job(any())).thenReturn(JobStatus.exited(1));
    when(juju.jobLog(any(), eq(0L)))
        .thenReturn(
            "Creating Juju controller \"maas-controller\" on maas-one/default\n"
                + "ERROR failed to bootstrap model: cannot start bootstrap instance:"
                + " No available machine matches constraints\n");

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(TASK_READ_BOOTSTRAP_LOG, END_BOOTSTRAP_FAILED);
    String error = (String) variable(pi, ERROR);
    assertThat(error)
        .contains("exited 1")
        .contains("ERROR failed to bootstrap model: cannot start bootstrap instance");
    assertThat(variable(pi, ERROR_CODE)).isEqualTo(ERR_JOB_FAILED);
    verify(juju, never()).controller("never-asked");
    verify(juju, never()).ensureDashboard(anyString());
  }

  @Test
  void bootstrapOutlivingItsTimeoutIsStoppedOnceThenItsLogIsReadAndTheRunFails() {
    // Given a bootstrap that keeps running
    Date started = new Date(1_800_000_000_000L);
    ClockUtil.setCurrentTime(started);
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));
    when(juju.job(any())).thenReturn(JobStatus.running());
    when(jobs.stop(any())).thenReturn(JobStatus.exited(1));
    when(juju.jobLog(any(), eq(0L)))
        .thenReturn(
            "Installing Juju agent on bootstrap instance\n"
                + "metalflow-run: stop: sending SIGINT to the job\n\n"
                + "Ctrl-C pressed, attempting to stop bootstrap and clean up resources\n"
                + "ERROR failed to bootstrap model: cancelled\n");
    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL);
    Job timeout =
        management.createJobQuery().activityId(BOUNDARY_BOOTSTRAP_TIMED_OUT).singleResult();
    assertThat(timeout.getDuedate()).isEqualTo(plus(started, Duration.ofMinutes(10)));

    // When the bootstrap timeout fires
    ClockUtil.setCurrentTime(plus(started, Duration.ofMinutes(11)));
    management.executeJob(timeout.getId());
    assertThat(pi).isWaitingAt(TASK_STOP_BOOTSTRAP);
    drive();

    // Then the job was stopped once, before its log was read, and the run ended as failed
    assertThat(pi)
        .isEnded()
        .hasPassedInOrder(
            TASK_START_BOOTSTRAP,
            BOUNDARY_BOOTSTRAP_TIMED_OUT,
            TASK_STOP_BOOTSTRAP,
            TASK_READ_BOOTSTRAP_LOG,
            END_BOOTSTRAP_FAILED)
        .hasNotPassed(TASK_VERIFY_CONTROLLER);
    RunId runId = new RunId("boot-" + pi.getId());
    InOrder order = inOrder(jobs, juju);
    order.verify(jobs).stop(runId);
    order.verify(juju).jobLog(runId, 0L);
    verify(jobs, times(1)).stop(any());
    assertThat(variable(pi, JOB_EXIT_CODE)).isEqualTo(1);
    assertThat((String) variable(pi, ERROR))
        .startsWith("juju bootstrap did not finish within the bootstrap timeout.")
        .contains("ERROR failed to bootstrap model: cancelled");
    verify(juju, never()).ensureDashboard(anyString());
  }

  @Test
  void stopFailingOnTheWireIsRetriedAndTheLogIsReadOnlyAfterItSucceeds() {
    // Given a bootstrap that times out and a main host that drops the first stop
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));
    when(juju.job(any())).thenReturn(JobStatus.running());
    when(jobs.stop(any()))
        .thenThrow(new SshException("127.0.0.1", "connection reset", null))
        .thenReturn(JobStatus.exited(143));
    when(juju.jobLog(any(), eq(0L))).thenReturn("metalflow-run: stop: sending SIGTERM\n");
    ProcessInstance pi = start(KEY, Map.of());
    fireTimer(BOUNDARY_BOOTSTRAP_TIMED_OUT);

    // Then it waits at the stop with a retry pending, the log unread
    Job retry = management.createJobQuery().activityId(TASK_STOP_BOOTSTRAP).singleResult();
    assertThat(retry.getRetries()).isEqualTo(4);
    assertThat(retry.getExceptionMessage()).contains("connection reset");
    verify(juju, never()).jobLog(any(), anyLong());

    // When the retry runs, Then the run ends as failed with the stop done
    management.executeJob(retry.getId());
    drive();
    assertThat(pi).isEnded().hasPassed(TASK_STOP_BOOTSTRAP, END_BOOTSTRAP_FAILED);
    verify(jobs, times(2)).stop(new RunId("boot-" + pi.getId()));
    assertThat(variable(pi, JOB_EXIT_CODE)).isEqualTo(143);
  }

  @Test
  void failedBootstrapIsNotStoppedItEndedOnItsOwn() {
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));
    when(juju.job(any())).thenReturn(JobStatus.exited(1));
    when(juju.jobLog(any(), eq(0L))).thenReturn("ERROR failed to bootstrap model\n");

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_BOOTSTRAP_FAILED).hasNotPassed(TASK_STOP_BOOTSTRAP);
    verify(jobs, never()).stop(any());
  }

  @Test
  void refusedMaasKeyEndsWithAClearErrorAndNothingElseRuns() {
    when(maas.whoami())
        .thenThrow(new MaasAuthenticationException("GET users/?op=whoami", "Authorization Error"));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_MAAS_AUTH_REFUSED);
    assertThat((String) variable(pi, ERROR))
        .startsWith("MAAS refused the configured API key")
        .contains("401");
    verifyNoInteractions(juju);
  }

  @Test
  void retryableMaasFaultIsRetriedThenBecomesAnIncidentWhenRetriesAreSpent() {
    when(maas.version()).thenThrow(new MaasUnavailableException("GET version/", 503, "busy", null));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(failing(pi).getRetries()).isEqualTo(4);
    assertThat(failing(pi).getDuedate()).isAfter(ClockUtil.getCurrentTime());
    for (Job job = failing(pi); job.getRetries() > 0; job = failing(pi)) {
      String id = job.getId();
      assertThatThrownBy(() -> management.executeJob(id)).hasMessageContaining("503");
    }

    verify(maas, times(5)).version();
    Incident incident = runtime.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(TASK_CHECK_MAAS_VERSION);
    assertThat(incident.getIncidentMessage()).contains("503");
    assertThat(pi).isNotEnded();
    verifyNoInteractions(juju);
  }

  @Test
  void invalidInputEndsAtInvalidInputWithNothingCalled() {
    ProcessInstance pi =
        start(KEY, Map.of(CONTROLLER_NAME, "Maas Controller; rm -rf /", MACHINE_TAG, "juju"));

    assertThat(pi).isEnded().hasPassed(END_INVALID_INPUT).hasNotPassed(TASK_CHECK_MAAS_VERSION);
    assertThat((String) variable(pi, ERROR))
        .contains("controllerName: invalid controller name \"Maas Controller; rm -rf /\"");
    verifyNoInteractions(maas, juju, verifier);
  }

  @Test
  void controllerTheClientAlreadyKnowsIsVerifiedNotBootstrappedAgain() {
    when(juju.controller("maas-controller")).thenReturn(Optional.of(CONTROLLER));

    ProcessInstance pi = start(KEY, Map.of(ENABLE_DASHBOARD, false));

    assertThat(pi).isEnded().hasPassed(TASK_VERIFY_CONTROLLER).hasNotPassed(TASK_START_BOOTSTRAP);
    verify(juju, never()).startBootstrap(any(), any());
    verify(maas, never()).machines(any());
  }

  @Test
  void retriedBootstrapStartUsesTheRunIdStoredAtStartSoNothingStartsTwice() {
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));
    when(juju.startBootstrap(any(), any()))
        .thenThrow(new SshException("127.0.0.1", "connection reset", null))
        .thenReturn(false);

    ProcessInstance pi = start(KEY, Map.of());
    Job retry = management.createJobQuery().activityId(TASK_START_BOOTSTRAP).singleResult();
    management.executeJob(retry.getId());
    drive();

    RunId runId = new RunId((String) runtime.getVariable(pi.getId(), RUN_ID));
    assertThat(runId.value()).isEqualTo("boot-" + pi.getId());
    verify(juju, times(2)).startBootstrap(eq(runId), any());
    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL);
  }

  @Test
  void maasRefusingToCommissionEndsWithItsMessage() {
    taggedMachines(machine("abc123", "server1", MachineStatus.FAILED_COMMISSIONING, "juju"));
    when(maas.commission("abc123"))
        .thenThrow(
            new MaasBadRequestException(
                "POST machines/abc123/?op=commission",
                "Machine is not in a state that allows commissioning",
                Map.of()));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_COMMISSION_REFUSED);
    assertThat((String) variable(pi, ERROR))
        .startsWith("MAAS refused to commission the machine")
        .contains("not in a state that allows commissioning");
    verify(juju, never()).startBootstrap(any(), any());
  }

  @Test
  void bootstrapThatLeavesNoControllerBehindEndsAtControllerMissing() {
    taggedMachines(machine("abc123", "server1", MachineStatus.READY, "juju"));
    when(juju.controller("maas-controller")).thenReturn(Optional.empty());
    when(juju.job(any())).thenReturn(JobStatus.exited(0));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_CONTROLLER_MISSING).hasNotPassed(TASK_ENSURE_DASHBOARD);
    assertThat(variable(pi, ERROR_CODE)).isEqualTo(ERR_CONTROLLER_MISSING);
  }

  private void taggedMachines(io.metalflow.maas.Machine first, io.metalflow.maas.Machine... next) {
    var stub = when(maas.machines(MachineQuery.all().withTags("juju"))).thenReturn(List.of(first));
    for (var machine : next) {
      stub = stub.thenReturn(List.of(machine));
    }
  }

  private Job failing(ProcessInstance pi) {
    return management.createJobQuery().processInstanceId(pi.getId()).singleResult();
  }

  private static Date plus(Date date, Duration duration) {
    return new Date(date.getTime() + duration.toMillis());
  }
}
