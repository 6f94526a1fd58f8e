package io.metalflow.bench;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Pre-tags one Ready machine per controller tag in MAAS (what the operator does before a run): with
 * the stack's own tag and the pool tag the applications avoid. A tag already on a machine is kept,
 * so sequential runs reuse their machine.
 */
final class ControllerMachines {

  private ControllerMachines() {}

  static void tag(MaasClient maas, Collection<StackNames> stacks) {
    maas.ensureTag(StackNames.CONTROLLER_POOL, "benchmark: controller machines");
    List<Machine> all = maas.machines(MachineQuery.all());
    Deque<Machine> free =
        new ArrayDeque<>(
            all.stream()
                .filter(m -> m.status() == MachineStatus.READY)
                .filter(m -> !m.hasTag(StackNames.CONTROLLER_POOL))
                .sorted(Comparator.comparing(m -> number(m.hostname())))
                .toList());
    for (String tag : stacks.stream().map(StackNames::tag).distinct().toList()) {
      if (all.stream().anyMatch(m -> m.hasTag(tag))) {
        continue;
      }
      Machine machine = free.pop();
      maas.ensureTag(tag, "benchmark: controller machine");
      maas.updateTagNodes(tag, List.of(machine.systemId()), List.of());
      maas.updateTagNodes(StackNames.CONTROLLER_POOL, List.of(machine.systemId()), List.of());
    }
  }

  private static int number(String hostname) {
    String digits = hostname.replaceAll("\\D", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }
}
