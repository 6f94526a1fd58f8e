package io.metalflow.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Assembles the {@link Overview} and keeps it for {@code cacheFor}, so however many browsers poll,
 * MAAS sees at most one {@code GET machines/} and each model one {@code juju status} per period.
 * Thread-safe; concurrent callers wait for one assembly rather than starting their own.
 *
 * <p>The same overview is served to every authenticated caller: it is assembled on a request thread
 * without an engine user bound (see {@link LabApiAuthentication}), so engine authorizations do not
 * filter it. Who may see it at all is decided by {@link LabApiAuthentication}.
 */
final class LabOverview {

  private final MachinesSection machines;
  private final JujuSection juju;
  private final ProcessesSection processes;
  private final Clock clock;
  private final Duration cacheFor;
  private Overview last;

  LabOverview(
      MachinesSection machines,
      JujuSection juju,
      ProcessesSection processes,
      Clock clock,
      Duration cacheFor) {
    this.machines = machines;
    this.juju = juju;
    this.processes = processes;
    this.clock = clock;
    this.cacheFor = cacheFor;
  }

  synchronized Overview current() {
    Instant now = clock.instant();
    if (last == null || !now.isBefore(last.generatedAt().plus(cacheFor))) {
      last = assemble(now);
    }
    return last;
  }

  private Overview assemble(Instant now) {
    return new Overview(now, machines.read(), juju.read(), processes.read());
  }
}
