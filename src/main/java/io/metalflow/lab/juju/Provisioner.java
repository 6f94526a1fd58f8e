package io.metalflow.lab.juju;

import io.metalflow.maas.MaasClient;
import java.util.List;

/**
 * The lab's Juju agents: bring units up in the background, retry resolved units, remove
 * applications, and stop all of a controller's work before it is destroyed. {@link #resume()}
 * continues every unfinished unit after a restart.
 */
final class Provisioner implements AutoCloseable {

  private final LabJuju state;
  private final Workloads workloads;
  private final MaasProvider provider;
  private final UnitLifecycle units;
  private final TaskGroup tasks = new TaskGroup("lab-juju-agent");

  Provisioner(
      MainHostSettings settings,
      LabJuju state,
      MaasClient maas,
      LabFaults faults,
      Workloads workloads) {
    this.state = state;
    this.workloads = workloads;
    this.provider = new MaasProvider(maas, settings.timings());
    this.units =
        new UnitLifecycle(
            settings, state, faults, workloads, new MachineBringUp(settings, state, provider));
  }

  MaasProvider provider() {
    return provider;
  }

  void bringUp(ModelRef ref, String unitName) {
    tasks.submit(ref.controller(), () -> units.bringUp(ref, unitName));
  }

  void resolved(ModelRef ref, String unitName, boolean retry) {
    tasks.submit(ref.controller(), () -> units.resolved(ref, unitName, retry));
  }

  void reconcileRelations(ModelRef ref) {
    tasks.submit(ref.controller(), () -> workloads.reconcileRelations(ref));
  }

  /** Removes the application's units, their machines (released in MAAS) and its relations. */
  void removeApplication(ModelRef ref, String application, java.time.Duration hook) {
    tasks.submit(
        ref.controller(),
        () -> new ApplicationRemoval(state, workloads, provider).remove(ref, application, hook));
  }

  /** Stops the controller's background work and waits for it. */
  void cancel(String controller) throws InterruptedException {
    tasks.cancel(controller);
  }

  /** Continues every unit that was on its way up when the host stopped. */
  void resume() {
    List<LabUnit> unfinished =
        state.read(s -> List.copyOf(s.units.values())).stream()
            .filter(u -> !u.isSettled() && !"error".equals(u.workloadStatus()))
            .filter(
                u -> state.controller(u.controller()).map(LabController::isAvailable).orElse(false))
            .toList();
    for (LabUnit unit : unfinished) {
      boolean dying =
          state
              .read(s -> s.application(unit.modelRef(), unit.application()))
              .map(LabApplication::dying)
              .orElse(true);
      if (!dying) {
        bringUp(unit.modelRef(), unit.unitName());
      }
    }
  }

  @Override
  public void close() {
    tasks.close();
  }
}
