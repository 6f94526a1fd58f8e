package io.metalflow.e2e;

import static io.metalflow.process.BootstrapControllerProcess.*;
import static io.metalflow.process.CommonNames.*;
import static io.metalflow.process.ObservabilityStackProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.lab.maas.RecordedOperation;
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
 * The whole stack on a lab that misbehaves: the controller machine fails its first commissioning
 * and MAAS answers one call in ten with 503. Metalflow recommissions once, retries the rest, and
 * still leaves every machine Ready with no incident.
 */
@TestPropertySource(
    properties = {
      "metalflow.lab.time-scale=0.02",
      "metalflow.lab.address-prefix=127.78.2.",
      "metalflow.lab.maas.fail-first-commissioning=server1",
      "metalflow.lab.maas.unavailable-rate=0.1"
    })
class FaultyLabStackTest extends LabStackTestSupport {

  static final LabRunFiles FILES = LabRunFiles.create("faulty-lab");

  @DynamicPropertySource
  static void labFiles(DynamicPropertyRegistry registry) {
    labFiles(registry, FILES);
  }

  @Override
  LabRunFiles files() {
    return FILES;
  }

  @Test
  void failedCommissioningAndAFlakyMaasStillEndWithEveryMachineBackAndNoIncident() {
    String run = "lab-faulty";
    String controller = "ctl-faulty";
    String server1 = systemId("server1");
    tagInMaas("server1", "juju");
    maas.commission(server1);

    String id = rest.start(ObservabilityStackProcess.KEY, run, Map.of(CONTROLLER_NAME, controller));
    completeTask(run, USER_TASK_LAB_DONE, Map.of(LAB_NOTES, "survived a flaky MAAS"));
    approveTeardown(run, "done");
    awaitEnded(id);

    String bootstrap = history.instanceOf(run, BootstrapControllerProcess.KEY);
    assertThat(history.valuesOf(bootstrap, MACHINE_STATUS))
        .contains("Failed commissioning")
        .endsWith("Ready");
    assertThat(history.variable(bootstrap, COMMISSION_ATTEMPTS)).isEqualTo(1);
    assertThat(commissionCalls(server1)).isEqualTo(2);
    assertThat(lab.maas().operations()).anyMatch(op -> op.status() == 503);
    assertThat(history.endEvents(run))
        .isEqualTo(
            Map.of(
                ObservabilityStackProcess.KEY, END_LAB_TORN_DOWN,
                BootstrapControllerProcess.KEY, END_CONTROLLER_READY,
                DeployApplicationsProcess.KEY, DeployApplicationsProcess.END_APPLICATIONS_DEPLOYED,
                IntegrateApplicationsProcess.KEY, IntegrateApplicationsProcess.END_STACK_VERIFIED,
                TeardownControllerProcess.KEY, TeardownControllerProcess.END_CONTROLLER_DESTROYED));
    assertTheLabIsAsItWas(controller);
    assertTheMaasKeyLeakedNowhere();
  }

  private long commissionCalls(String systemId) {
    return lab.maas().operations().stream()
        .filter(op -> "commission".equals(op.op()) && op.path().contains(systemId))
        .filter(op -> op.status() == 200)
        .map(RecordedOperation::path)
        .count();
  }
}
