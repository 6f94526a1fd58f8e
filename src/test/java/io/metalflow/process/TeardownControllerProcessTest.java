package io.metalflow.process;

import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.StatusFixtures.status;
import static io.metalflow.process.TeardownControllerProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.metalflow.juju.ControllerInfo;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RunId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TeardownControllerProcessTest extends ProcessTestSupport {

  static final MachineQuery HELD = MachineQuery.all().withSystemIds("abc123", "m0", "m1");

  @BeforeEach
  void aControllerWithOneModel() {
    when(juju.controller("maas-controller"))
        .thenReturn(
            Optional.of(
                new ControllerInfo(
                    "maas-controller",
                    "793d",
                    "maas-one",
                    "3.6.14",
                    List.of("127.77.0.11:17070"),
                    List.of("abc123"),
                    List.of("prom"))));
    when(juju.status("maas-controller", "prom"))
        .thenReturn(status("grafana/0=active/idle", "prometheus/0=active/idle"));
    when(juju.startDestroyController(any(), any())).thenReturn(true);
    when(juju.job(any())).thenReturn(JobStatus.running(), JobStatus.exited(0));
  }

  @Test
  void approvedTeardownDestroysTheControllerAndWaitsUntilMaasHasTheMachinesBack() {
    when(maas.machines(HELD))
        .thenReturn(
            machines(MachineStatus.DEPLOYED),
            machines(MachineStatus.RELEASING),
            machines(MachineStatus.READY));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(USER_TASK_APPROVE_TEARDOWN);
    assertThat((String) runtime.getVariable(pi.getId(), TEARDOWN_SUMMARY))
        .startsWith("Controller maas-controller with 2 application(s) and 3 MAAS machine(s)")
        .contains("server1 (abc123): Deployed");
    assertThat(runtime.getVariable(pi.getId(), TEARDOWN_APPLICATIONS).toString())
        .contains("{\"model\":\"prom\",\"application\":\"grafana\",\"charm\":\"grafana\"}");

    complete(USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, DECISION_APPROVE));
    fireTimer(TIMER_DESTROY_POLL);
    fireTimer(TIMER_RELEASE_POLL);

    assertThat(pi).isEnded().hasPassed(TASK_START_DESTROY, END_CONTROLLER_DESTROYED);
    verify(juju).startDestroyController(new RunId("destroy-" + pi.getId()), "maas-controller");
    verify(maas, never()).release(anyString(), anyString());
  }

  @Test
  void rejectedTeardownDestroysNothing() {
    when(maas.machines(HELD)).thenReturn(machines(MachineStatus.DEPLOYED));

    ProcessInstance pi = start(KEY, Map.of());
    complete(
        USER_TASK_APPROVE_TEARDOWN,
        Map.of(TEARDOWN_DECISION, DECISION_REJECT, TEARDOWN_COMMENT, "still needed"));

    assertThat(pi).isEnded().hasPassed(END_TEARDOWN_REJECTED).hasNotPassed(TASK_START_DESTROY);
    assertThat(variable(pi, ERROR))
        .isEqualTo("The teardown was rejected: nothing was destroyed.\nstill needed");
    verify(juju, never()).startDestroyController(any(), any());
    verify(maas, never()).release(anyString(), anyString());
  }

  @Test
  void missingOrUnknownTeardownDecisionAsksAgainAndDestroysNothing() {
    when(maas.machines(HELD)).thenReturn(machines(MachineStatus.DEPLOYED));
    ProcessInstance pi = start(KEY, Map.of());

    complete(USER_TASK_APPROVE_TEARDOWN, Map.of());
    assertThat(pi).isWaitingAt(USER_TASK_APPROVE_TEARDOWN);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("No decision was given: choose \"approve\" or \"reject\".");
    complete(USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, "yes"));
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"yes\" is not one of the choices: choose \"approve\" or \"reject\".");

    complete(USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, "y".repeat(3000)));
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo(
            "\""
                + "y".repeat(60)
                + "…\" is not one of the choices: choose \"approve\" or \"reject\".");

    assertThat(pi).isWaitingAt(USER_TASK_APPROVE_TEARDOWN);
    assertThat(runtime.createIncidentQuery().count()).isZero();
    verify(juju, never()).startDestroyController(any(), any());
  }

  @Test
  void machineStuckAfterTheDestroyIsReleasedThroughMaasAfterApproval() {
    when(maas.machines(HELD))
        .thenReturn(
            machines(MachineStatus.DEPLOYED),
            List.of(
                machine("abc123", "server1", MachineStatus.READY),
                machine("m0", "server2", MachineStatus.DEPLOYED),
                machine("m1", "server3", MachineStatus.READY)),
            machines(MachineStatus.READY));

    ProcessInstance pi = start(KEY, Map.of());
    complete(USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, DECISION_APPROVE));
    fireTimer(TIMER_DESTROY_POLL);
    fireTimer(BOUNDARY_RELEASE_TIMED_OUT);

    assertThat(pi).isWaitingAt(USER_TASK_APPROVE_RELEASE);
    assertThat((String) runtime.getVariable(pi.getId(), STUCK_SUMMARY))
        .isEqualTo("server2 (m0): Deployed");
    complete(USER_TASK_APPROVE_RELEASE, Map.of(RELEASE_DECISION, "free them"));
    assertThat(pi).isWaitingAt(USER_TASK_APPROVE_RELEASE);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"free them\" is not one of the choices: choose \"release\" or \"leave\".");
    complete(USER_TASK_APPROVE_RELEASE, Map.of(RELEASE_DECISION, DECISION_RELEASE));

    verify(maas).release(eq("m0"), anyString());
    verify(maas, never()).release(eq("abc123"), anyString());
    assertThat(pi).isEnded().hasPassed(TASK_RELEASE_MACHINE, END_CONTROLLER_DESTROYED);
  }

  @Test
  void destroyJobFailingEndsWithTheLastLinesOfItsLog() {
    when(maas.machines(HELD)).thenReturn(machines(MachineStatus.DEPLOYED));
    when(juju.job(any())).thenReturn(JobStatus.exited(1));
    when(juju.jobLog(any(), eq(0L)))
        .thenReturn("Destroying controller\nERROR cannot destroy controller \"maas-controller\"\n");

    ProcessInstance pi = start(KEY, Map.of());
    complete(USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, DECISION_APPROVE));

    assertThat(pi).isEnded().hasPassed(END_TEARDOWN_FAILED);
    assertThat((String) variable(pi, ERROR))
        .contains("exited 1")
        .endsWith("ERROR cannot destroy controller \"maas-controller\"");
  }

  @Test
  void destroyOutlivingItsTimeoutAsksTheOperatorWhoKeepsWaitingUntilItFinishes() {
    when(maas.machines(HELD)).thenReturn(machines(MachineStatus.READY));
    when(juju.job(any())).thenReturn(JobStatus.running(), JobStatus.running(), JobStatus.exited(0));
    when(juju.jobLog(any(), eq(0L))).thenReturn("Destroying controller\nWaiting for 3 machines\n");

    ProcessInstance pi = start(KEY, Map.of());
    complete(USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, DECISION_APPROVE));
    fireTimer(BOUNDARY_DESTROY_TIMED_OUT);

    assertThat(pi).isWaitingAt(USER_TASK_DECIDE_SLOW_DESTROY);
    assertThat(runtime.getVariable(pi.getId(), JOB_LOG_TAIL))
        .isEqualTo("Destroying controller\nWaiting for 3 machines");
    assertThat(runtime.getVariable(pi.getId(), ERROR)).isNull();

    complete(USER_TASK_DECIDE_SLOW_DESTROY, Map.of(DESTROY_DECISION, DECISION_KEEP_WAITING));
    assertThat(pi).isWaitingAt(TIMER_DESTROY_POLL);
    fireTimer(TIMER_DESTROY_POLL);

    assertThat(pi)
        .isEnded()
        .hasPassed(TASK_PEEK_DESTROY_LOG, END_CONTROLLER_DESTROYED)
        .hasNotPassed(TASK_READ_DESTROY_LOG);
    assertThat(variable(pi, ERROR)).isNull();
    verify(juju).startDestroyController(any(), any());
  }

  @Test
  void operatorGivingUpOnASlowDestroyEndsTheTeardownFailedAndLeavesTheCommandRunning() {
    when(maas.machines(HELD)).thenReturn(machines(MachineStatus.DEPLOYED));
    when(juju.job(any())).thenReturn(JobStatus.running());
    when(juju.jobLog(any(), eq(0L))).thenReturn("Destroying controller\nWaiting for 3 machines\n");

    ProcessInstance pi = start(KEY, Map.of());
    complete(USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, DECISION_APPROVE));
    fireTimer(BOUNDARY_DESTROY_TIMED_OUT);
    complete(USER_TASK_DECIDE_SLOW_DESTROY, Map.of(DESTROY_DECISION, "stop it"));

    assertThat(pi).isWaitingAt(USER_TASK_DECIDE_SLOW_DESTROY);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"stop it\" is not one of the choices: choose \"wait\" or \"give-up\".");

    complete(USER_TASK_DECIDE_SLOW_DESTROY, Map.of(DESTROY_DECISION, DECISION_GIVE_UP));

    assertThat(pi).isEnded().hasPassed(TASK_READ_DESTROY_LOG, END_TEARDOWN_FAILED);
    assertThat((String) variable(pi, ERROR))
        .startsWith("juju destroy-controller did not finish within the destroy timeout")
        .contains("it may still be running on the main host")
        .endsWith("Waiting for 3 machines");
    verify(jobs, never()).stop(any());
    verify(juju).startDestroyController(any(), any());
    verify(maas, never()).release(anyString(), anyString());
  }

  @Test
  void unknownControllerEndsWithNothingToTearDown() {
    when(juju.controller("maas-controller")).thenReturn(Optional.empty());

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_NOTHING_TO_TEAR_DOWN);
    verify(juju, never()).startDestroyController(any(), any());
  }

  private static List<io.metalflow.maas.Machine> machines(MachineStatus status) {
    return List.of(
        machine("abc123", "server1", status),
        machine("m0", "server2", status),
        machine("m1", "server3", status));
  }
}
