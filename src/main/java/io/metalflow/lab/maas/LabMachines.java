package io.metalflow.lab.maas;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The thread-safe store of the lab: one lock around a {@link LabState}. Every change goes through
 * {@link #write}, which saves the state file (when there is one) after the change succeeded; a
 * change that throws must not have mutated anything (handlers validate first).
 */
final class LabMachines implements LabMachinesView {

  private final Object lock = new Object();
  private final LabStateFile file;
  private LabState state;

  LabMachines(LabState initial, LabStateFile file) {
    this.state = initial;
    this.file = file;
  }

  <T> T read(Function<LabState, T> query) {
    synchronized (lock) {
      return query.apply(state);
    }
  }

  <T> T write(Function<LabState, T> change) {
    synchronized (lock) {
      T result = change.apply(state);
      save();
      return result;
    }
  }

  void update(Consumer<LabState> change) {
    write(
        s -> {
          change.accept(s);
          return null;
        });
  }

  /** Replaces the whole lab (reset), running {@code beforeSwap} under the lock first. */
  void replace(LabState fresh, Runnable beforeSwap) {
    synchronized (lock) {
      beforeSwap.run();
      state = fresh;
      save();
    }
  }

  private void save() {
    if (file != null) {
      file.save(state);
    }
  }

  @Override
  public List<LabMachineView> all() {
    return read(s -> s.machines.stream().map(LabMachine::view).toList());
  }

  @Override
  public Optional<LabMachineView> byHostname(String hostname) {
    return read(s -> s.byHostname(hostname).map(LabMachine::view));
  }

  @Override
  public Optional<LabMachineView> bySystemId(String systemId) {
    return read(s -> s.machine(systemId).map(LabMachine::view));
  }
}
