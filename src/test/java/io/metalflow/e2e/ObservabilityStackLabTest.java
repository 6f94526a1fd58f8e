package io.metalflow.e2e;

import static io.metalflow.process.BootstrapControllerProcess.*;
import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.ObservabilityStackProcess.*;
import static io.metalflow.process.TeardownControllerProcess.DECISION_KEEP_WAITING;
import static io.metalflow.process.TeardownControllerProcess.DECISION_REJECT;
import static io.metalflow.process.TeardownControllerProcess.DESTROY_DECISION;
import static io.metalflow.process.TeardownControllerProcess.END_CONTROLLER_DESTROYED;
import static io.metalflow.process.TeardownControllerProcess.END_TEARDOWN_REJECTED;
import static io.metalflow.process.TeardownControllerProcess.TEARDOWN_COMMENT;
import static io.metalflow.process.TeardownControllerProcess.TEARDOWN_DECISION;
import static io.metalflow.process.TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN;
import static io.metalflow.process.TeardownControllerProcess.USER_TASK_DECIDE_SLOW_DESTROY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.juju.JujuStatus;
import io.metalflow.lab.juju.LabController;
import io.metalflow.maas.MachineStatus;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.IntegrateApplicationsProcess;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
import java.time.Duration;
import java.util.HashMap;
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

  static final JsonNode GRAFANA_AND_PROMETHEUS =
      json(
          "[{\"name\":\"grafana\",\"charm\":\"grafana\",\"channel\":\"latest/stable\"},"
              + "{\"name\":\"prometheus\",\"charm\":\"prometheus2\",\"units\":1}]");

  static final Map<String, String> TORN_DOWN =
      Map.of(
          ObservabilityStackProcess.KEY, END_LAB_TORN_DOWN,
          BootstrapControllerProcess.KEY, END_CONTROLLER_READY,
          DeployApplicationsProcess.KEY, DeployApplicationsProcess.END_APPLICATIONS_DEPLOYED,
          IntegrateApplicationsProcess.KEY, IntegrateApplicationsProcess.END_STACK_VERIFIED,
          TeardownControllerProcess.KEY, END_CONTROLLER_DESTROYED);

  @Test
  void restStartedStackBootstrapsOnTheMachineTheOperatorTagsAndLeavesTheLabAsItWas() {
    String run = "lab-rest";
    String controller = "ctl-rest";
    String server1 = systemId("server1");

    String id =
        rest.start(
            ObservabilityStackProcess.KEY,
            run,
            Map.of(
                CONTROLLER_NAME,
                controller,
                MACHINE_TAG,
                "e2e-rest",
                ENABLE_DASHBOARD,
                true,
                APPLICATIONS,
                GRAFANA_AND_PROMETHEUS));

    String tagTask = awaitTask(run, USER_TASK_TAG_MACHINE);
    assertThat(formOptions(tagTask, READY_MACHINES)).contains(server1);
    rest.complete(tagTask, Map.of(TAG_CHOICE, TAG_FOR_ME));
    String askedAgain = awaitTask(run, USER_TASK_TAG_MACHINE);
    assertThat(formText(askedAgain, DECISION_PROBLEM))
        .isEqualTo("Choose the Ready machine Metalflow should tag.");
    rest.complete(askedAgain, Map.of(TAG_CHOICE, TAG_FOR_ME, CHOSEN_MACHINE, server1));

    String labDone = awaitTask(run, USER_TASK_LAB_DONE);
    assertTheControllerRunsOnServer1(controller, server1);
    assertGrafanaAndPrometheusAreActive(controller);
    assertThat(history.variable(id, IntegrateApplicationsProcess.VERIFICATION_PASSED))
        .isEqualTo(true);
    assertThat(history.variable(id, IntegrateApplicationsProcess.DATASOURCE_UID))
        .asString()
        .isNotBlank();

    rest.complete(labDone, Map.of(LAB_NOTES, "dashboards looked fine"));
    approveTeardown(run, "lab over");
    awaitEnded(id);

    assertThat(history.endEvents(run)).isEqualTo(TORN_DOWN);
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
    String bootstrap = history.instanceOf(run, BootstrapControllerProcess.KEY);
    assertThat(history.timesPassed(bootstrap, USER_TASK_TAG_MACHINE)).isZero();
    assertTheControllerRunsOnServer1(controller, systemId("server1"));
    assertGrafanaAndPrometheusAreActive(controller);

    rest.correlate(MESSAGE_LAB_DONE, run);
    approveTeardown(run, "done by message");
    awaitEnded(id);

    assertThat(history.endEvents(run)).isEqualTo(TORN_DOWN);
    assertTheLabIsAsItWas(controller);
    assertTheMaasKeyLeakedNowhere();
  }

  @Test
  void rejectedTeardownDestroysNothingAndTheControllerCanBeTornDownLater() {
    String run = "lab-kept";
    String controller = "ctl-kept";
    String id = stackUsedAndDone(run, controller, "e2e-kept", Map.of());

    completeTask(run, USER_TASK_APPROVE_TEARDOWN, Map.of(TEARDOWN_DECISION, "maybe"));
    assertThat(formText(awaitTask(run, USER_TASK_APPROVE_TEARDOWN), DECISION_PROBLEM))
        .isEqualTo("\"maybe\" is not one of the choices: choose \"approve\" or \"reject\".");
    completeTask(
        run,
        USER_TASK_APPROVE_TEARDOWN,
        Map.of(TEARDOWN_DECISION, DECISION_REJECT, TEARDOWN_COMMENT, "keep it for the demo"));
    awaitEnded(id);

    assertThat(history.endEvents(run))
        .containsEntry(ObservabilityStackProcess.KEY, END_LAB_NOT_TORN_DOWN)
        .containsEntry(TeardownControllerProcess.KEY, END_TEARDOWN_REJECTED);
    assertThat(labController(controller).isAvailable()).isTrue();
    assertThat(machine("server1").status()).isEqualTo(MachineStatus.DEPLOYED);
    assertThat(lab.mainHost().state().allocatedSystemIds())
        .hasSize(3)
        .allSatisfy(
            systemId ->
                assertThat(lab.maas().machines().bySystemId(systemId).orElseThrow().status())
                    .isEqualTo(MachineStatus.DEPLOYED));
    assertThat(lab.mainHost().state().counters(controller).destroys()).isZero();

    String cleanup =
        rest.start(
            TeardownControllerProcess.KEY, "lab-kept-cleanup", Map.of(CONTROLLER_NAME, controller));
    approveTeardown("lab-kept-cleanup", "demo over");
    awaitEnded(cleanup);

    assertThat(history.endEvents("lab-kept-cleanup"))
        .isEqualTo(Map.of(TeardownControllerProcess.KEY, END_CONTROLLER_DESTROYED));
    assertTheLabIsAsItWas(controller);
    assertTheMaasKeyLeakedNowhere();
  }

  @Test
  void destroyOutlivingItsTimeoutWaitsForTheOperatorAndIsNeverStartedTwice() {
    String run = "lab-slow-destroy";
    String controller = "ctl-slow-destroy";
    String id =
        stackUsedAndDone(run, controller, "e2e-slow-destroy", Map.of(DESTROY_TIMEOUT, "PT2S"));

    lab.mainHost().faults().holdDestroys();
    try {
      approveTeardown(run, "the destroy will hang");
      String decide = awaitTask(run, USER_TASK_DECIDE_SLOW_DESTROY);
      assertThat(formText(decide, JOB_LOG_TAIL))
          .contains("Waiting for model resources to be reclaimed");
      assertThat(labController(controller).phase()).isEqualTo(LabController.Phase.DESTROYING);
    } finally {
      lab.mainHost().faults().releaseDestroys();
    }
    // the destroy ends while the operator reads the form: keeping on waiting finds it finished
    await()
        .atMost(Duration.ofMinutes(1))
        .until(() -> lab.mainHost().state().controller(controller).isEmpty());
    completeTask(
        run, USER_TASK_DECIDE_SLOW_DESTROY, Map.of(DESTROY_DECISION, DECISION_KEEP_WAITING));
    awaitEnded(id);

    assertThat(history.endEvents(run)).isEqualTo(TORN_DOWN);
    assertThat(lab.mainHost().state().counters(controller).destroys()).isEqualTo(1);
    assertTheLabIsAsItWas(controller);
    assertTheMaasKeyLeakedNowhere();
  }

  /**
   * A stack on server1, tagged {@code tag} in MAAS beforehand, without the dashboard, started with
   * {@code more} variables, up to "Done with the lab" completed: the teardown is next.
   */
  private String stackUsedAndDone(
      String run, String controller, String tag, Map<String, Object> more) {
    tagInMaas("server1", tag);
    Map<String, Object> variables = new HashMap<>(more);
    variables.putAll(
        Map.of(CONTROLLER_NAME, controller, MACHINE_TAG, tag, ENABLE_DASHBOARD, false));
    String id = rest.start(ObservabilityStackProcess.KEY, run, variables);
    completeTask(run, USER_TASK_LAB_DONE, Map.of());
    return id;
  }

  private void assertTheControllerRunsOnServer1(String controller, String server1) {
    assertThat(labController(controller).isAvailable()).isTrue();
    assertThat(labController(controller).machineSystemId()).isEqualTo(server1);
    assertThat(machine("server1").status()).isEqualTo(MachineStatus.DEPLOYED);
    assertThat(machine("server1").owner()).isNotNull();
  }

  private void assertGrafanaAndPrometheusAreActive(String controller) {
    JujuStatus status = juju.status(controller, MODEL);
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
}
