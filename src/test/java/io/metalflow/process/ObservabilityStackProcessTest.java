package io.metalflow.process;

import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.ObservabilityStackProcess.*;
import static io.metalflow.process.StatusFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import io.metalflow.juju.ControllerInfo;
import io.metalflow.juju.DashboardInfo;
import io.metalflow.juju.JujuConflictException;
import io.metalflow.maas.MaasUser;
import io.metalflow.maas.MaasVersion;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.JobStatus;
import io.metalflow.stack.StackVerification;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ObservabilityStackProcessTest extends ProcessTestSupport {

  @BeforeEach
  void aLabThatWorks() {
    when(maas.version()).thenReturn(new MaasVersion("3.4.2", "", List.of()));
    when(maas.whoami()).thenReturn(new MaasUser("admin", "admin@example.org", true));
    when(maas.machines(any()))
        .thenReturn(List.of(machine("abc123", "server1", MachineStatus.READY, "juju")));
    when(juju.version()).thenReturn(Optional.of("3.6.14"));
    when(juju.controller("maas-controller"))
        .thenReturn(
            Optional.empty(),
            Optional.of(
                new ControllerInfo(
                    "maas-controller",
                    "793d",
                    "maas-one",
                    "3.6.14",
                    List.of("127.77.0.11:17070"),
                    List.of("abc123"),
                    List.of("controller", "prom"))));
    when(juju.startBootstrap(any(), any())).thenReturn(true);
    when(juju.startDestroyController(any(), any())).thenReturn(true);
    when(juju.job(any())).thenReturn(JobStatus.running(), JobStatus.exited(0));
    when(juju.ensureDashboard("maas-controller"))
        .thenReturn(new DashboardInfo("127.77.0.11", 8080, "ssh -L 8080:127.77.0.11:8080 main"));
    when(juju.status(any(), any()))
        .thenReturn(status("grafana/0=active/idle", "prometheus/0=active/idle"));
    when(verifier.verify("maas-controller", "prom", "grafana", "prometheus"))
        .thenReturn(
            new StackVerification(true, true, "ds1", "http://127.77.0.12:9090", false, true, "ok"));
  }

  @Test
  void wholeStackRunsThroughTheCallActivitiesAndTearsDownOnLabDone() {
    ProcessInstance pi = start(KEY, Map.of());
    fireTimer(BootstrapControllerProcess.TIMER_BOOTSTRAP_POLL);

    assertThat(pi)
        .isWaitingAt(USER_TASK_LAB_DONE)
        .hasPassedInOrder(
            CALL_BOOTSTRAP_CONTROLLER, CALL_DEPLOY_APPLICATIONS, CALL_INTEGRATE_APPLICATIONS);
    assertThat(runtime.getVariable(pi.getId(), BootstrapControllerProcess.CONTROLLER_ADDRESS))
        .isEqualTo("127.77.0.11");
    assertThat(runtime.getVariable(pi.getId(), UNIT_ADDRESSES).toString())
        .contains("\"grafana/0\":\"127.77.0.11\"");
    assertThat(runtime.getVariable(pi.getId(), IntegrateApplicationsProcess.DATASOURCE_UID))
        .isEqualTo("ds1");

    runtime
        .createMessageCorrelation(MESSAGE_LAB_DONE)
        .processInstanceBusinessKey(pi.getBusinessKey())
        .correlate();
    drive();
    complete(
        TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN,
        Map.of(
            TeardownControllerProcess.TEARDOWN_DECISION,
            TeardownControllerProcess.DECISION_APPROVE));

    assertThat(pi)
        .isEnded()
        .hasPassed(BOUNDARY_LAB_DONE, CALL_TEARDOWN_CONTROLLER, END_LAB_TORN_DOWN);
    assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    verify(juju).startDestroyController(any(), any());
    assertThat(childBusinessKeys(pi)).containsExactly(pi.getBusinessKey());
    assertThat(childKeys(pi))
        .containsExactlyInAnyOrder(
            BootstrapControllerProcess.KEY,
            DeployApplicationsProcess.KEY,
            IntegrateApplicationsProcess.KEY,
            TeardownControllerProcess.KEY);
  }

  @Test
  void deployFailureAfterTheControllerExistsOffersTeardownAndTearsDown() {
    when(juju.ensureApplication(any(), any(), any()))
        .thenThrow(new JujuConflictException("application grafana exists with charm ubuntu"));

    ProcessInstance pi = start(KEY, Map.of());
    fireTimer(BootstrapControllerProcess.TIMER_BOOTSTRAP_POLL);

    assertThat(pi).isWaitingAt(USER_TASK_TEARDOWN_AFTER_FAILURE);
    assertThat((String) runtime.getVariable(pi.getId(), ERROR))
        .contains("application grafana exists with charm ubuntu");
    complete(USER_TASK_TEARDOWN_AFTER_FAILURE, Map.of(FAILURE_DECISION, DECISION_TEARDOWN));
    complete(
        TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN,
        Map.of(
            TeardownControllerProcess.TEARDOWN_DECISION,
            TeardownControllerProcess.DECISION_APPROVE));

    assertThat(pi)
        .isEnded()
        .hasPassed(CALL_TEARDOWN_AFTER_FAILURE, END_FAILED_TORN_DOWN)
        .hasNotPassed(CALL_INTEGRATE_APPLICATIONS);
    verify(juju).startDestroyController(any(), any());
  }

  @Test
  void rejectedTeardownEndsTheLabAsLeftUpNotAsTornDown() {
    ProcessInstance pi = start(KEY, Map.of());
    fireTimer(BootstrapControllerProcess.TIMER_BOOTSTRAP_POLL);
    complete(USER_TASK_LAB_DONE, Map.of());
    complete(
        TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN,
        Map.of(
            TeardownControllerProcess.TEARDOWN_DECISION,
            TeardownControllerProcess.DECISION_REJECT));

    assertThat(pi).isEnded().hasPassed(END_LAB_NOT_TORN_DOWN).hasNotPassed(END_LAB_TORN_DOWN);
    assertThat((String) variable(pi, TEARDOWN_ERROR)).startsWith("The teardown was rejected");
    assertThat((String) variable(pi, ERROR)).startsWith("The lab was left up");
    verify(juju, never()).startDestroyController(any(), any());
  }

  @Test
  void unknownAnswerToTearDownAfterFailureAsksAgainThenKeeps() {
    when(juju.ensureApplication(any(), any(), any()))
        .thenThrow(new JujuConflictException("application grafana exists with charm ubuntu"));
    ProcessInstance pi = start(KEY, Map.of());
    fireTimer(BootstrapControllerProcess.TIMER_BOOTSTRAP_POLL);

    complete(USER_TASK_TEARDOWN_AFTER_FAILURE, Map.of(FAILURE_DECISION, "later"));
    assertThat(pi).isWaitingAt(USER_TASK_TEARDOWN_AFTER_FAILURE);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"later\" is not one of the choices: choose \"teardown\" or \"keep\".");
    complete(USER_TASK_TEARDOWN_AFTER_FAILURE, Map.of(FAILURE_DECISION, DECISION_KEEP));

    assertThat(pi).isEnded().hasPassed(END_FAILED_KEPT);
    verify(juju, never()).startDestroyController(any(), any());
  }

  @Test
  void bootstrapFailureEndsTheStackWithoutOfferingTeardown() {
    when(juju.job(any())).thenReturn(JobStatus.exited(1));
    when(juju.jobLog(any(), any(Long.class))).thenReturn("ERROR failed to bootstrap model\n");

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_STACK_FAILED).hasNotPassed(CALL_DEPLOY_APPLICATIONS);
    assertThat((String) variable(pi, ERROR)).contains("ERROR failed to bootstrap model");
    verify(juju, never()).startDestroyController(any(), any());
  }

  @Test
  void invalidApplicationsEndTheStackAtInvalidInputWithNothingCalled() {
    ProcessInstance pi =
        start(
            KEY,
            Map.of(APPLICATIONS, "[{\"name\":\"Grafana!\",\"charm\":\"grafana\",\"units\":99}]"));

    assertThat(pi).isEnded().hasPassed(END_INVALID_INPUT).hasNotPassed(CALL_BOOTSTRAP_CONTROLLER);
    assertThat((String) variable(pi, ERROR))
        .contains("applications[0].name: invalid application name \"Grafana!\"")
        .contains("applications[0].units 99: must be between 1 and 20");
    verifyNoInteractions(maas, juju, verifier);
  }

  private Set<String> childBusinessKeys(ProcessInstance pi) {
    return children(pi).stream()
        .map(HistoricProcessInstance::getBusinessKey)
        .collect(Collectors.toSet());
  }

  private List<String> childKeys(ProcessInstance pi) {
    return children(pi).stream().map(HistoricProcessInstance::getProcessDefinitionKey).toList();
  }

  private List<HistoricProcessInstance> children(ProcessInstance pi) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .superProcessInstanceId(pi.getId())
        .list();
  }
}
