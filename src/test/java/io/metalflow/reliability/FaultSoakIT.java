package io.metalflow.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.lab.juju.JujuTimings;
import io.metalflow.lab.juju.LabCounters;
import io.metalflow.lab.maas.MaasLabTimings;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.reliability.support.ExternalMetalflow;
import io.metalflow.reliability.support.InProcessLab;
import io.metalflow.reliability.support.JvmLauncher;
import io.metalflow.reliability.support.LabInvariants;
import io.metalflow.reliability.support.LabRecords;
import io.metalflow.reliability.support.RunDirectory;
import io.metalflow.reliability.support.SshDrops;
import io.metalflow.reliability.support.StackMachines;
import io.metalflow.reliability.support.StackOperator;
import io.metalflow.reliability.support.StackPlan;
import io.metalflow.reliability.support.StackRun;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, fault soak: N observability stacks at once ({@code -Dreliability.soak.stacks}, 20 by
 * default), each with its own controller, tag, model and business key, on a lab of 3N+2 machines
 * with a 20% MAAS 503 rate, random SSH drops (one command in 25), slow commissioning (the
 * controller machines of odd stacks and every fifth are commissioning for 40 s when their stacks
 * start; every fifth fails its first commissioning and is commissioned again by Metalflow) and one
 * unit per stack failing its install hook, retried through "Investigate failed unit". Bounded: N
 * stacks, one deadline, loopback only. Metalflow runs in its own JVM; the lab in the test's JVM so
 * the faults can change while it runs.
 */
class FaultSoakIT {

  static final int STACKS = Integer.getInteger("reliability.soak.stacks", 20);
  static final String PREFIX = "soak";
  static final String WORKLOAD_TAG = "workload";
  static final int DROP_EVERY = 25;

  /** About twice what 20 stacks take on a busy 2-core machine (about 3.5 min). */
  static final Duration DEADLINE = Duration.ofMinutes(4 + STACKS / 5);

  @Test
  void concurrentStacksUnderFaultsAllFinishAndLeaveNoMachineAllocated() {
    Path dataDir = RunDirectory.create(PREFIX);
    List<StackPlan> plans =
        IntStream.rangeClosed(1, STACKS)
            .mapToObj(n -> new StackPlan(PREFIX, n, WORKLOAD_TAG))
            .toList();
    Instant begin = Instant.now();
    try (InProcessLab lab = InProcessLab.start(dataDir, labSettings(plans));
        ExternalMetalflow metalflow =
            ExternalMetalflow.create(
                JvmLauncher.testClasspath(), "metalflow", dataDir, lab, Map.of())) {
      // Given a tagged machine per controller, workload machines, Metalflow up; then half the
      // controller machines commissioning, MAAS answering 20% with 503, SSH sessions dropping
      StackMachines.tag(lab.maas(), plans, WORKLOAD_TAG);
      metalflow.start();
      StackMachines.commission(lab.maas(), plans, n -> n % 2 == 1 || n % 5 == 0);
      lab.simulator().faults().setUnavailableRate(0.2);
      StackOperator operator = StackOperator.standard(metalflow::rest, PREFIX + "-");
      Map<StackPlan, StackRun> runs = new LinkedHashMap<>();
      int armed;
      int drops;
      try (SshDrops sshDrops = SshDrops.start(lab.mainHost(), 42, DROP_EVERY)) {
        // When all stacks run at once
        plans.forEach(plan -> runs.put(plan, operator.start(plan)));
        operator.runToEnd(DEADLINE);
        sshDrops.close();
        armed = sshDrops.armed();
        drops = sshDrops.dropped();
      }
      lab.simulator().faults().setUnavailableRate(0);
      List<String> leaked = StackMachines.awaitReady(lab.maas(), Duration.ofMinutes(1));

      // Then every stack completed (or waits, documented, at a task or incident), with each juju
      // call once, every unit in error retried, and no machine left allocated or deployed
      SoakFigures.of(operator.runs(), metalflow.rest(), lab, armed, drops, leaked, begin).print();
      assertThat(operator.runs())
          .allSatisfy(
              run ->
                  assertThat(run.tornDown() || run.waitsForOperator())
                      .as("completed, or waiting at a task or incident: " + run)
                      .isTrue());
      LabRecords records = lab.records();
      runs.forEach(
          (plan, run) -> {
            if (run.tornDown()) {
              assertThat(records.counters(plan.controller()))
                  .as("juju calls of " + plan.controller())
                  .isEqualTo(new LabCounters(1, 3, 2, 1));
              assertThat(run.completed(DeployApplicationsProcess.USER_TASK_INVESTIGATE_UNIT))
                  .as("failed unit retried in " + plan.businessKey())
                  .isGreaterThanOrEqualTo(1);
            }
          });
      assertThat(drops).as("SSH sessions dropped by the lab").isPositive();
      assertThat(leaked).as("machines left allocated or deployed").isEmpty();
      LabInvariants.check(dataDir, lab.maas(), Duration.ofMinutes(1));
    }
  }

  static InProcessLab.Settings labSettings(List<StackPlan> plans) {
    Set<String> failingInstalls =
        plans.stream().map(StackPlan::prometheus).collect(Collectors.toSet());
    Set<String> failFirstCommissioning =
        plans.stream()
            .filter(p -> p.number() % 5 == 0)
            .map(p -> "server" + p.number())
            .collect(Collectors.toSet());
    return new InProcessLab.Settings(
        3 * plans.size() + 2,
        new MaasLabTimings(
            Duration.ofSeconds(30),
            Duration.ofSeconds(10),
            Duration.ofMillis(200),
            Duration.ofMillis(500)),
        JujuTimings.realistic().scaled(0.02),
        failingInstalls,
        failFirstCommissioning);
  }
}
