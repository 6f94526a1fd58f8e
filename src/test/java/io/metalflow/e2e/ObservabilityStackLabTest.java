package io.metalflow.e2e;

import static io.metalflow.process.BootstrapControllerProcess.*;
import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.ObservabilityStackProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.juju.JujuStatus;
import io.metalflow.lab.juju.LabCounters;
import io.metalflow.maas.MachineStatus;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.IntegrateApplicationsProcess;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole observability stack on a well-behaved lab, driven over REST as a CI pipeline and an
 * operator would: start, tag a machine, use the lab, say done, approve the teardown.
 */
@TestPropertySource(
    properties = {"metalflow.lab.time-scale=0", "metalflow.lab.address-prefix=127.78.1."})
class ObservabilityStackLabTest extends LabStackTestSupport {

  static final LabRunFiles FILES = LabRunFiles.create("observability-stack");

  @DynamicPropertySource
  static void labFiles(DynamicPropertyRegistry registry) {
    labFiles(registry, FILES);
  }

  @Override
  LabRunFiles files() {
    return FILES;
  }

  static final Map<String, String> TORN_DOWN =
      Map.of(
          ObservabilityStackProcess.KEY, END_LAB_TORN_DOWN,
          BootstrapControllerProcess.KEY, END_CONTROLLER_READY,
          DeployApplicationsProcess.KEY, DeployApplicationsProcess.END_APPLICATIONS_DEPLOYED,
          IntegrateApplicationsProcess.KEY, IntegrateApplicationsProcess.END_STACK_VERIFIED,
          TeardownControllerProcess.KEY, TeardownControllerProcess.END_CONTROLLER_DESTROYED);

  @Test
  void restStartedStackBootstrapsOnTheMachineTheOperatorTagsAndLeavesTheLabAsItWas() {
    String run = "lab-rest";
    String controller = "ctl-rest";
    String server1 = systemId("server1");

    String id =
        rest.start(
            ObservabilityStackProcess.KEY,
            run,
            Map.of(CONTROLLER_NAME, controller, MACHINE_TAG, "e2e-rest", ENABLE_DASHBOARD, true));

    String tagTask = awaitTask(run, USER_TASK_TAG_MACHINE);
    assertThat(formOptions(tagTask, READY_MACHINES)).contains(server1);
    rest.complete(tagTask, Map.of(TAG_CHOICE, TAG_FOR_ME, CHOSEN_MACHINE, server1));

    String labDone = awaitTask(run, USER_TASK_LAB_DONE);
    assertTheControllerRunsOnServer1(controller, server1);
    assertGrafanaAndPrometheusAreActive(controller);
    assertThat(historicVariable(id, IntegrateApplicationsProcess.VERIFICATION_PASSED))
        .isEqualTo(true);
    assertThat(historicVariable(id, IntegrateApplicationsProcess.DATASOURCE_UID))
        .asString()
        .isNotBlank();

    rest.complete(labDone, Map.of(LAB_NOTES, "dashboards looked fine"));
    approveTeardown(run, "lab over");
    awaitEnded(id);

    assertThat(endEvents(run)).isEqualTo(TORN_DOWN);
    assertTheLabIsAsItWas(controller);
    assertTheMaasKeyLeakedNowhere();
  }

  @Test
  void preTaggedMachineNeedsNoTaskAndTheLabDoneMessageEndsTheLab() {
    String run = "lab-message";
    String controller = "ctl-message";
    tagInMaas("server1", "juju");

    String id = rest.start(ObservabilityStackProcess.KEY, run, Map.of(CONTROLLER_NAME, controller));

    awaitTask(run, USER_TASK_LAB_DONE);
    assertThat(
            engine
                .getHistoryService()
                .createHistoricActivityInstanceQuery()
                .activityId(USER_TASK_TAG_MACHINE)
                .processInstanceId(bootstrapInstance(run))
                .count())
        .isZero();
    assertTheControllerRunsOnServer1(controller, systemId("server1"));
    assertGrafanaAndPrometheusAreActive(controller);

    rest.correlate(MESSAGE_LAB_DONE, run);
    approveTeardown(run, "done by message");
    awaitEnded(id);

    assertThat(endEvents(run)).isEqualTo(TORN_DOWN);
    assertTheLabIsAsItWas(controller);
    assertTheMaasKeyLeakedNowhere();
  }

  private String bootstrapInstance(String run) {
    return engine
        .getHistoryService()
        .createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(run)
        .processDefinitionKey(BootstrapControllerProcess.KEY)
        .singleResult()
        .getId();
  }

  private void assertTheControllerRunsOnServer1(String controller, String server1) {
    assertThat(labController(controller).isAvailable()).isTrue();
    assertThat(labController(controller).machineSystemId()).isEqualTo(server1);
    assertThat(machine("server1").status()).isEqualTo(MachineStatus.DEPLOYED);
    assertThat(machine("server1").owner()).isNotNull();
  }

  private void assertGrafanaAndPrometheusAreActive(String controller) {
    JujuStatus status = modelStatus(controller);
    assertThat(status.applications()).containsOnlyKeys("grafana", "prometheus");
    status
        .applications()
        .values()
        .forEach(
            app -> {
              assertThat(app.status()).as(app.name()).isEqualTo("active");
              assertThat(app.units().values())
                  .as(app.name())
                  .isNotEmpty()
                  .allSatisfy(u -> assertThat(u.isSettled()).as(u.name()).isTrue());
            });
  }

  private void assertTheLabIsAsItWas(String controller) {
    assertThat(lab.mainHost().state().controller(controller)).isEmpty();
    assertEveryMachineReadyWithoutOwner();
    assertNoIncidentEver();
    LabCounters counters = lab.mainHost().state().counters(controller);
    assertThat(counters.bootstraps()).isEqualTo(1);
    assertThat(counters.destroys()).isEqualTo(1);
  }
}
