package io.metalflow.lab.juju;

import java.time.Duration;
import java.util.List;

/**
 * What Juju does after {@code remove-application}: each unit runs its stop hook (workload stopped),
 * goes away, and a machine left without units (and not hosting the controller) is released in MAAS
 * and removed; the application's relations and then the application go.
 */
final class ApplicationRemoval {

  private final LabJuju state;
  private final Workloads workloads;
  private final MaasProvider provider;

  ApplicationRemoval(LabJuju state, Workloads workloads, MaasProvider provider) {
    this.state = state;
    this.workloads = workloads;
    this.provider = provider;
  }

  void remove(ModelRef ref, String application, Duration hook) throws InterruptedException {
    for (LabUnit unit : state.read(s -> s.unitsOf(ref, application))) {
      state.update(s -> s.put(unit.withStatus("terminated", "", "executing", "running stop hook")));
      workloads.stop(unit.key());
      Sleeper.sleep(hook);
      state.update(s -> s.units.remove(unit.key()));
      releaseIfUnused(ref, unit.machine());
    }
    state.update(
        s -> {
          s.relations
              .values()
              .removeIf(
                  r ->
                      r.controller().equals(ref.controller())
                          && r.model().equals(ref.model())
                          && r.involves(application));
          s.applications.remove(ref.key() + "/" + application);
        });
  }

  private void releaseIfUnused(ModelRef ref, String machineId) {
    LabMachine machine = state.read(s -> s.machine(ref, machineId)).orElse(null);
    List<LabUnit> others =
        state.read(s -> s.unitsOf(ref)).stream()
            .filter(u -> machineId.equals(u.machine()))
            .toList();
    boolean controllerNode =
        state
            .controller(ref.controller())
            .map(
                c ->
                    machine != null
                        && machine.systemId() != null
                        && machine.systemId().equals(c.machineSystemId()))
            .orElse(false);
    if (machine == null || !others.isEmpty() || controllerNode) {
      return;
    }
    if (machine.systemId() != null) {
      provider.releaseQuietly(machine.systemId());
    }
    state.update(s -> s.machines.remove(machine.key()));
  }
}
