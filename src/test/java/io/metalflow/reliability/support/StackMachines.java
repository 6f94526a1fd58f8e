package io.metalflow.reliability.support;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Prepares the lab's MAAS for a multi-stack run, as its admin would: {@code serverN} is the
 * controller machine of stack N, tagged with that stack's own tag; every other machine gets the
 * workload tag the stacks' applications are constrained to.
 */
public final class StackMachines {

  private StackMachines() {}

  public static void tag(MaasClient maas, List<StackPlan> plans, String workloadTag) {
    List<String> workload = new ArrayList<>();
    for (Machine machine : maas.machines(MachineQuery.all())) {
      int n = serverNumber(machine);
      if (n > plans.size()) {
        workload.add(machine.systemId());
        continue;
      }
      StackPlan plan = plans.get(n - 1);
      maas.ensureTag(plan.machineTag(), "controller machine of " + plan.businessKey());
      maas.updateTagNodes(plan.machineTag(), List.of(machine.systemId()), List.of());
    }
    maas.ensureTag(workloadTag, "Grafana and Prometheus machines");
    maas.updateTagNodes(workloadTag, workload, List.of());
  }

  /** Sends the controller machines of the stacks {@code which} selects back to commissioning. */
  public static void commission(MaasClient maas, List<StackPlan> plans, IntPredicate which) {
    for (Machine machine : maas.machines(MachineQuery.all())) {
      int n = serverNumber(machine);
      if (n <= plans.size() && which.test(n)) {
        maas.commission(machine.systemId());
      }
    }
  }

  /** Gives machines still Releasing up to {@code timeout} to become Ready; returns what is not. */
  public static List<String> awaitReady(MaasClient maas, Duration timeout) {
    try {
      Awaitility.await()
          .atMost(timeout)
          .pollInterval(Duration.ofSeconds(1))
          .until(() -> LabInvariants.notReady(maas).isEmpty());
    } catch (ConditionTimeoutException e) {
      // reported below
    }
    return LabInvariants.notReady(maas);
  }

  private static int serverNumber(Machine machine) {
    return Integer.parseInt(machine.hostname().substring("server".length()));
  }
}
