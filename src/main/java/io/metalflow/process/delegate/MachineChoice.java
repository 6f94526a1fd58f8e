package io.metalflow.process.delegate;

import static io.metalflow.process.BootstrapControllerProcess.*;

import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineStatus;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to do with the machines carrying the controller tag: bootstrap on a Ready one, wait while
 * one commissions or tests, commission a new or failed one (Metalflow does it once, then asks the
 * operator), or ask the operator to tag one when none is usable.
 */
record MachineChoice(String next, Machine machine) {

  static final Set<MachineStatus> IN_PROGRESS =
      EnumSet.of(MachineStatus.COMMISSIONING, MachineStatus.TESTING);
  static final Set<MachineStatus> NEEDS_COMMISSIONING =
      EnumSet.of(
          MachineStatus.NEW, MachineStatus.FAILED_COMMISSIONING, MachineStatus.FAILED_TESTING);

  static MachineChoice of(List<Machine> tagged, int commissionAttempts) {
    Optional<Machine> ready = first(tagged, EnumSet.of(MachineStatus.READY));
    if (ready.isPresent()) {
      return new MachineChoice(NEXT_READY, ready.get());
    }
    Optional<Machine> busy = first(tagged, IN_PROGRESS);
    if (busy.isPresent()) {
      return new MachineChoice(NEXT_WAIT, busy.get());
    }
    Optional<Machine> failed = first(tagged, NEEDS_COMMISSIONING);
    if (failed.isPresent()) {
      String next = commissionAttempts < 1 ? NEXT_COMMISSION : NEXT_OPERATOR;
      return new MachineChoice(next, failed.get());
    }
    return new MachineChoice(NEXT_TAG, null);
  }

  private static Optional<Machine> first(List<Machine> machines, Set<MachineStatus> statuses) {
    return machines.stream()
        .filter(m -> statuses.contains(m.status()))
        .min(Comparator.comparing(Machine::hostname));
  }
}
