package io.metalflow.process;

import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.DeployApplicationsProcess.*;
import static io.metalflow.process.StatusFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.metalflow.juju.ApplicationSpec;
import io.metalflow.juju.JujuConflictException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class DeployApplicationsProcessTest extends ProcessTestSupport {

  @Test
  void everyApplicationIsDeployedThenUnitsArePolledUntilActiveAndIdle() {
    when(juju.status("maas-controller", "prom"))
        .thenReturn(
            status("grafana/0=maintenance/executing", "prometheus/0=waiting/allocating"),
            status("grafana/0=active/idle", "prometheus/0=active/idle"));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(TIMER_STATUS_POLL);
    fireTimer(TIMER_STATUS_POLL);

    assertThat(pi).isEnded().hasPassed(TASK_ENSURE_MODEL, END_APPLICATIONS_DEPLOYED);
    verify(juju).ensureModel("maas-controller", "prom", "maas-one", "metalflow");
    verify(juju)
        .ensureApplication(
            "maas-controller",
            "prom",
            new ApplicationSpec("grafana", "grafana", null, null, 1, null, Map.of()));
    verify(juju)
        .ensureApplication(
            "maas-controller",
            "prom",
            new ApplicationSpec("prometheus", "prometheus2", null, null, 1, null, Map.of()));
    assertThat(variable(pi, UNIT_ADDRESSES).toString())
        .isEqualTo("{\"grafana/0\":\"127.77.0.11\",\"prometheus/0\":\"127.77.0.12\"}");
    assertThat(variable(pi, MODEL_MACHINES).toString()).isEqualTo("[\"m0\",\"m1\"]");
  }

  @Test
  void unitInErrorGoesToInvestigationAndRetryResolvesItThenWatchesAgain() {
    when(juju.status("maas-controller", "prom"))
        .thenReturn(
            status("grafana/0=error/idle", "prometheus/0=active/idle"),
            status("grafana/0=active/idle", "prometheus/0=active/idle"));

    ProcessInstance pi = start(KEY, Map.of());
    assertThat(pi).isWaitingAt(USER_TASK_INVESTIGATE_UNIT);
    assertThat((String) runtime.getVariable(pi.getId(), STATUS_SUMMARY))
        .isEqualTo("grafana/0: error/idle (hook failed: \"install\")");
    assertThat(runtime.getVariable(pi.getId(), ERROR_UNITS).toString())
        .isEqualTo("[\"grafana/0\"]");

    complete(USER_TASK_INVESTIGATE_UNIT, Map.of(UNIT_DECISION, DECISION_RETRY));

    verify(juju).resolve("maas-controller", "prom", "grafana/0");
    assertThat(pi).isEnded().hasPassed(TASK_RESOLVE_UNIT, END_APPLICATIONS_DEPLOYED);
  }

  @Test
  void operatorAbortingTheInvestigationEndsWithTheUnitsThatFailed() {
    when(juju.status("maas-controller", "prom"))
        .thenReturn(status("grafana/0=blocked/idle", "prometheus/0=active/idle"));

    ProcessInstance pi = start(KEY, Map.of());
    complete(USER_TASK_INVESTIGATE_UNIT, Map.of(UNIT_DECISION, "skip"));
    assertThat(pi).isWaitingAt(USER_TASK_INVESTIGATE_UNIT);
    assertThat(runtime.getVariable(pi.getId(), DECISION_PROBLEM))
        .isEqualTo("\"skip\" is not one of the choices: choose \"retry\" or \"abort\".");
    complete(USER_TASK_INVESTIGATE_UNIT, Map.of(UNIT_DECISION, DECISION_ABORT));

    assertThat(pi).isEnded().hasPassed(END_DEPLOY_ABORTED);
    assertThat((String) variable(pi, ERROR))
        .isEqualTo("The operator aborted the deployment.\ngrafana/0: blocked/idle");
    verify(juju, never()).resolve(anyString(), anyString(), anyString());
  }

  @Test
  void unitsThatNeverSettleTimeOutToTheOperator() {
    when(juju.status("maas-controller", "prom"))
        .thenReturn(status("grafana/0=maintenance/executing"));

    ProcessInstance pi = start(KEY, Map.of());
    fireTimer(BOUNDARY_SETTLE_TIMED_OUT);

    assertThat(pi).isWaitingAt(USER_TASK_INVESTIGATE_UNIT);
    assertThat((String) runtime.getVariable(pi.getId(), ERROR))
        .startsWith("The units did not settle within the settle timeout.")
        .contains("grafana/0: maintenance/executing");
  }

  @Test
  void applicationNameTakenByAnotherCharmEndsAtDeploymentRefused() {
    when(juju.ensureApplication(any(), any(), any()))
        .thenThrow(new JujuConflictException("application grafana exists with charm ubuntu"));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_DEPLOY_REFUSED).hasNotPassed(TASK_READ_MODEL_STATUS);
    assertThat((String) variable(pi, ERROR))
        .isEqualTo(
            "Juju refused to deploy the application: application grafana exists with charm"
                + " ubuntu");
    assertThat(variable(pi, ERROR_CODE)).isEqualTo(ERR_DEPLOY_REFUSED);
  }

  @Test
  void badCharmChannelIsInvalidInputAndNothingIsDeployed() {
    ProcessInstance pi =
        start(
            KEY,
            Map.of(
                APPLICATIONS,
                "[{\"name\":\"grafana\",\"charm\":\"grafana\",\"channel\":\"stable; reboot\"}]"));

    assertThat(pi).isEnded().hasPassed(END_INVALID_INPUT);
    assertThat((String) variable(pi, ERROR))
        .contains("applications[0].channel: invalid channel \"stable; reboot\"");
    verify(juju, never()).ensureModel(any(), any(), any(), any());
    assertThat(List.of(pi.getId())).isNotEmpty();
  }
}
