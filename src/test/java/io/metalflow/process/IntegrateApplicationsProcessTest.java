package io.metalflow.process;

import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.IntegrateApplicationsProcess.*;
import static io.metalflow.process.StatusFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.metalflow.juju.Endpoint;
import io.metalflow.juju.JujuCommandFailedException;
import io.metalflow.stack.StackVerification;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

class IntegrateApplicationsProcessTest extends ProcessTestSupport {

  @Test
  void relationIsEnsuredThenTheStackIsVerifiedEndToEnd() {
    when(juju.status("maas-controller", "prom"))
        .thenReturn(status("grafana/0=active/idle", "prometheus/0=active/idle"));
    when(verifier.verify("maas-controller", "prom", "grafana", "prometheus"))
        .thenReturn(
            new StackVerification(
                true, true, "prom-ds", "http://127.77.0.12:9090", true, true, "all good"));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(TASK_ENSURE_RELATION, TASK_VERIFY_STACK, END_STACK_VERIFIED);
    verify(juju)
        .ensureRelation(
            "maas-controller",
            "prom",
            new Endpoint("prometheus", "grafana-source"),
            new Endpoint("grafana", "grafana-source"));
    assertThat(variable(pi, DATASOURCE_UID)).isEqualTo("prom-ds");
    assertThat(variable(pi, VERIFICATION_PASSED)).isEqualTo(true);
    assertThat(variable(pi, VERIFICATION).toString())
        .contains("\"datasourceCreated\":true")
        .contains("\"datasourceUrl\":\"http://127.77.0.12:9090\"")
        .doesNotContainIgnoringCase("password");
  }

  @Test
  void failedVerificationEndsWithTheVerifierMessage() {
    when(juju.status("maas-controller", "prom"))
        .thenReturn(status("grafana/0=active/idle", "prometheus/0=active/idle"));
    when(verifier.verify(any(), any(), any(), any()))
        .thenReturn(
            new StackVerification(
                true, false, null, null, false, false, "Prometheus /-/ready answered 503"));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_VERIFICATION_FAILED);
    assertThat((String) variable(pi, ERROR))
        .isEqualTo("The stack verification failed.\nPrometheus /-/ready answered 503");
  }

  @Test
  void relationJujuRefusesEndsAtRelationRefusedWithoutVerifying() {
    when(juju.ensureRelation(any(), any(), any(), any()))
        .thenThrow(
            new JujuCommandFailedException(
                List.of("juju", "integrate"), 1, "", "ERROR no relations found"));

    ProcessInstance pi = start(KEY, Map.of());

    assertThat(pi).isEnded().hasPassed(END_RELATION_REFUSED);
    assertThat((String) variable(pi, ERROR)).contains("ERROR no relations found");
    verify(verifier, never()).verify(any(), any(), any(), any());
  }
}
