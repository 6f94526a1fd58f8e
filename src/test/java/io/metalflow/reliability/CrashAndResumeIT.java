package io.metalflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.lab.juju.LabCounters;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.IntegrateApplicationsProcess;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
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
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, crash and resume: one stack; Metalflow is SIGKILLed right after each heavy side effect
 * of the stack shows in the lab (bootstrap run started, an application deployed, the relation
 * added, destroy-controller started), so the job that caused it may not have committed, and is
 * started again each time on the same H2 file database. Every process finishes, the lab counted
 * each juju call once, nothing is left allocated, and no committed step was lost to the kill.
 */
class CrashAndResumeIT {

  static final String CONTROLLER = "maas-controller";
  static final String BUSINESS_KEY = "crash-1";
  private static final DateTimeFormatter CAMUNDA_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** Where to pull the plug: the stage (child process) and the side effect that marks it. */
  enum KillPoint {
    DURING_BOOTSTRAP(BootstrapControllerProcess.KEY, RestartDuringBootstrapIT::bootstrapRunning),
    DURING_DEPLOY(DeployApplicationsProcess.KEY, lab -> counters(lab).deploys() >= 2),
    DURING_INTEGRATE(IntegrateApplicationsProcess.KEY, lab -> counters(lab).integrates() >= 2),
    DURING_TEARDOWN(TeardownControllerProcess.KEY, lab -> counters(lab).destroys() >= 1);

    final String stage;
    final Predicate<LabRecords> sideEffect;

    KillPoint(String stage, Predicate<LabRecords> sideEffect) {
      this.stage = stage;
      this.sideEffect = sideEffect;
    }
  }

  @Test
  void metalflowKilledInEveryStageResumesWithoutRepeatingAnySideEffect() {
    Path dataDir = RunDirectory.create("crash");
    JvmLauncher launcher = JvmLauncher.testClasspath();
    try (ExternalLab lab =
            ExternalLab.start(
                launcher,
                dataDir,
                Map.of("time-scale", "0.1", "main-host.slow-bootstrap", "PT20S"));
        ExternalMetalflow metalflow =
            ExternalMetalflow.create(launcher, "metalflow", dataDir, lab, Map.of())) {
      // Given a stack running on the lab, with server1 tagged for the controller; the operator
      // approves the teardown only after the integration was killed and resumed
      RestartDuringBootstrapIT.tagServer1(lab);
      metalflow.start();
      LabRecords records = lab.records();
      StackOperator operator =
          StackOperator.standard(metalflow::rest, "crash-")
              .leaveOpen(ObservabilityStackProcess.USER_TASK_LAB_DONE);
      StackRun run = operator.start(BUSINESS_KEY, Map.of(CommonNames.POLL_INTERVAL, "PT2S"));

      // When Metalflow is killed right after each side effect and started again
      Map<KillPoint, Instant> kills = new LinkedHashMap<>();
      for (KillPoint point : KillPoint.values()) {
        if (point == KillPoint.DURING_TEARDOWN) {
          operator.decide(ObservabilityStackProcess.USER_TASK_LAB_DONE, Map.of());
          assertThat(
                  operator.runUntil(
                      () -> run.completed(TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN) > 0,
                      Duration.ofMinutes(4)))
              .as("teardown approved; " + run)
              .isTrue();
        }
        awaitSideEffect(point, records, operator, run);
        metalflow.kill();
        kills.put(point, Instant.now());
        System.out.printf(
            "[crash] killed %s, lab counters %s%n", point, records.counters(CONTROLLER));
        metalflow.start();
      }

      // Then every process finished, each juju call happened once, nothing is leaked
      assertThat(operator.runToEnd(Duration.ofMinutes(4))).as("stack ended: " + run).isTrue();
      System.out.println("[crash] " + run + ", lab counters " + records.counters(CONTROLLER));
      assertThat(run.state()).isEqualTo("COMPLETED");
      assertThat(run.endEvents()).containsExactly(ObservabilityStackProcess.END_LAB_TORN_DOWN);
      assertThat(run.incidentsSeen()).isZero();
      List<JsonNode> processes = metalflow.rest().historyByBusinessKey(BUSINESS_KEY);
      assertThat(processes)
          .hasSize(5)
          .allSatisfy(pi -> assertThat(pi.path("state").asText()).isEqualTo("COMPLETED"));
      kills.forEach((point, at) -> assertKilledInside(point, at, processes));
      assertThat(records.counters(CONTROLLER)).isEqualTo(new LabCounters(1, 3, 2, 1));
      assertThat(records.runIds()).hasSize(2);
      LabInvariants.check(dataDir, lab.maas(), Duration.ofSeconds(60));
    }
  }

  /** Waits for the side effect, polling fast so the kill lands before the job commits. */
  private static void awaitSideEffect(
      KillPoint point, LabRecords records, StackOperator operator, StackRun run) {
    try {
      await(point.name())
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> point.sideEffect.test(records));
    } catch (ConditionTimeoutException e) {
      operator.pass();
      throw new AssertionError(
          point + " never showed in the lab (" + records.counters(CONTROLLER) + "); " + run, e);
    }
  }

  /**
   * The kill came inside the stage: after its start (committed before the side effect, and kept
   * through the SIGKILL: no committed step is redone) and before its end.
   */
  private static void assertKilledInside(KillPoint point, Instant kill, List<JsonNode> processes) {
    JsonNode stage =
        processes.stream()
            .filter(pi -> pi.path("processDefinitionKey").asText().equals(point.stage))
            .findFirst()
            .orElseThrow();
    Instant start = instant(stage.path("startTime").asText());
    Instant end = instant(stage.path("endTime").asText());
    System.out.printf(
        "[crash] %s: %s recorded %s .. %s, killed at %s%n", point, point.stage, start, end, kill);
    assertThat(start).as(point + ": " + point.stage + " started before the kill").isBefore(kill);
    assertThat(kill).as(point + " before the end of " + point.stage).isBefore(end);
  }

  private static Instant instant(String camundaTime) {
    return OffsetDateTime.parse(camundaTime, CAMUNDA_TIME).toInstant();
  }

  private static LabCounters counters(LabRecords records) {
    return records.counters(CONTROLLER);
  }
}
