package io.metalflow.lab.juju;

import java.util.function.UnaryOperator;

/**
 * A unit's way to {@code active/idle}: wait for its machine, then the install hook ({@code
 * executing}/{@code maintenance}), then the start hook, which starts its workload and opens its
 * ports. An armed install fault leaves the unit in {@code error} with {@code hook failed:
 * "install"} until {@code juju resolve}.
 */
final class UnitLifecycle {

  private final MainHostSettings settings;
  private final LabJuju state;
  private final LabFaults faults;
  private final Workloads workloads;
  private final MachineBringUp machines;

  UnitLifecycle(
      MainHostSettings settings,
      LabJuju state,
      LabFaults faults,
      Workloads workloads,
      MachineBringUp machines) {
    this.settings = settings;
    this.state = state;
    this.faults = faults;
    this.workloads = workloads;
    this.machines = machines;
  }

  /** Runs the unit from wherever it is to active, unless it is settled or in error. */
  void bringUp(ModelRef ref, String unitName) throws InterruptedException {
    LabUnit unit = state.read(s -> s.unit(ref, unitName)).orElse(null);
    if (unit == null || unit.isSettled() || "error".equals(unit.workloadStatus())) {
      return;
    }
    if (!machines.ensureStarted(ref, unit.machine())) {
      return;
    }
    String address =
        state.read(s -> s.machine(ref, unit.machine())).map(LabMachine::address).orElse(null);
    change(ref, unitName, u -> u.withAddress(address));
    install(ref, unitName);
  }

  /** {@code juju resolve}: runs the install hook again, or (no retry) goes on with start. */
  void resolved(ModelRef ref, String unitName, boolean retry) throws InterruptedException {
    if (retry) {
      install(ref, unitName);
    } else {
      start(ref, unitName);
    }
  }

  private void install(ModelRef ref, String unitName) throws InterruptedException {
    change(
        ref,
        unitName,
        u ->
            u.withStatus(
                "maintenance", "installing charm software", "executing", "running install hook"));
    Sleeper.sleep(settings.timings().hook());
    LabUnit unit = state.read(s -> s.unit(ref, unitName)).orElseThrow();
    if (unit.number() == firstUnit(ref, unit.application())
        && faults.takeInstallFailure(unit.application())) {
      change(ref, unitName, u -> u.withStatus("error", "hook failed: \"install\"", "idle", null));
      return;
    }
    start(ref, unitName);
  }

  private void start(ModelRef ref, String unitName) throws InterruptedException {
    change(
        ref,
        unitName,
        u -> u.withStatus("maintenance", "starting workload", "executing", "running start hook"));
    Sleeper.sleep(settings.timings().hook());
    LabUnit unit = state.read(s -> s.unit(ref, unitName)).orElseThrow();
    try {
      workloads.start(unit);
    } catch (RuntimeException e) {
      change(ref, unitName, u -> u.withStatus("error", "hook failed: \"start\"", "idle", null));
      return;
    }
    String charm =
        state
            .read(s -> s.application(ref, unit.application()))
            .map(LabApplication::charm)
            .orElse("");
    change(
        ref,
        unitName,
        u ->
            u.withStatus("active", null, "idle", null)
                .withOpenPorts(Charms.describe(charm).openPorts()));
    workloads.reconcileRelations(ref);
  }

  private int firstUnit(ModelRef ref, String application) {
    return state.read(s -> s.unitsOf(ref, application)).stream()
        .mapToInt(LabUnit::number)
        .min()
        .orElse(0);
  }

  private void change(ModelRef ref, String unitName, UnaryOperator<LabUnit> change) {
    state.update(s -> s.unit(ref, unitName).ifPresent(u -> s.put(change.apply(u))));
  }
}
