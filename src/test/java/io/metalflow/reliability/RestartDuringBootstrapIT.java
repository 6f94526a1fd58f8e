package io.metalflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.lab.juju.LabCounters;
import io.metalflow.maas.MachineQuery;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.reliability.support.ExternalLab;
import io.metalflow.reliability.support.ExternalMetalflow;
import io.metalflow.reliability.support.JvmLauncher;
import io.metalflow.reliability.support.LabInvariants;
import io.metalflow.reliability.support.LabRecords;
import io.metalflow.reliability.support.RunDirectory;
import io.metalflow.reliability.support.StackOperator;
import io.metalflow.reliability.support.StackRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 4's acceptance: with the lab in its own JVM, Metalflow is stopped while {@code juju
 * bootstrap} runs detached on the main host and started again; the stack finishes and the lab saw
 * exactly one bootstrap of the controller.
 */
class RestartDuringBootstrapIT {

  static final String CONTROLLER = "maas-controller";

  enum Stop {
    SIGTERM,
    SIGKILL
  }

  @ParameterizedTest
  @EnumSource(Stop.class)
  void metalflowStoppedDuringTheBootstrapFinishesTheStackWithOneBootstrap(Stop stop) {
    Path dataDir = RunDirectory.create("restart-" + stop.name().toLowerCase());
    JvmLauncher launcher = JvmLauncher.testClasspath();
    try (ExternalLab lab =
            ExternalLab.start(
                launcher,
                dataDir,
                Map.of("time-scale", "0.05", "main-host.slow-bootstrap", "PT30S"));
        ExternalMetalflow metalflow =
            ExternalMetalflow.create(launcher, "metalflow", dataDir, lab, Map.of())) {
      // Given server1 tagged "juju" in MAAS and Metalflow running a stack
      tagServer1(lab);
      metalflow.start();
      StackOperator operator = StackOperator.standard(metalflow::rest, "restart-");
      StackRun run = operator.start("restart-" + stop.name().toLowerCase(), Map.of());
      LabRecords records = lab.records();

      // When Metalflow goes down while the bootstrap runs on the main host, and comes back
      assertThat(operator.runUntil(() -> bootstrapRunning(records), Duration.ofMinutes(3)))
          .as("the bootstrap started on the main host")
          .isTrue();
      Instant down = Instant.now();
      if (stop == Stop.SIGTERM) {
        metalflow.stop();
      } else {
        metalflow.kill();
      }
      boolean stillRunning = bootstrapRunning(records);
      assertThat(stillRunning).as("the bootstrap outlived Metalflow's stop").isTrue();
      metalflow.start();
      System.out.printf(
          "[restart %s] down for %d s, bootstrap still running when Metalflow was down: %s%n",
          stop, Duration.between(down, Instant.now()).toSeconds(), stillRunning);

      // Then the stack finishes, with one bootstrap and nothing left allocated
      assertThat(operator.runToEnd(Duration.ofMinutes(4))).as("stack ended: " + run).isTrue();
      assertThat(run.state()).isEqualTo("COMPLETED");
      assertThat(run.endEvents()).containsExactly(ObservabilityStackProcess.END_LAB_TORN_DOWN);
      assertThat(records.counters(CONTROLLER)).isEqualTo(new LabCounters(1, 3, 2, 1));
      assertThat(records.runIds()).filteredOn(id -> id.startsWith("boot-")).hasSize(1);
      LabInvariants.check(dataDir, lab.maas(), Duration.ofSeconds(60));
    }
  }

  static void tagServer1(ExternalLab lab) {
    String server1 =
        lab.maas().machines(MachineQuery.all().withHostnames("server1")).get(0).systemId();
    lab.maas().ensureTag("juju", "controller machine");
    lab.maas().updateTagNodes("juju", List.of(server1), List.of());
  }

  static boolean bootstrapRunning(LabRecords records) {
    return records.runIds().stream()
        .anyMatch(id -> id.startsWith("boot-") && records.isRunning(id));
  }
}
