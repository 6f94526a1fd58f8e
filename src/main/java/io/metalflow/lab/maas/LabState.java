package io.metalflow.lab.maas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the lab remembers: machines, tags, events and id counters. Mutable; guarded by {@link
 * LabMachines}; written whole to the state file.
 */
final class LabState {

  static final int MAX_EVENTS = 2000;
  static final String NO_MACHINE = "No Machine matches the given query.";

  int format = 1;
  List<LabMachine> machines = new ArrayList<>();
  List<LabTag> tags = new ArrayList<>();
  List<LabEvent> events = new ArrayList<>();
  long nextEventId = 1;
  int nextResultId = 1;

  Optional<LabMachine> machine(String systemId) {
    return machines.stream().filter(m -> m.systemId.equals(systemId)).findFirst();
  }

  LabMachine machineOr404(String systemId) {
    return machine(systemId).orElseThrow(() -> ApiError.notFound(NO_MACHINE));
  }

  Optional<LabMachine> byHostname(String hostname) {
    return machines.stream().filter(m -> m.hostname.equals(hostname)).findFirst();
  }

  Optional<LabTag> tag(String name) {
    return tags.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  int nextResultId() {
    return nextResultId++;
  }

  /**
   * Records a node event; an INFO-or-higher event becomes the machine's {@code status_message}
   * ({@code type}, or {@code type - description}).
   */
  void emit(
      LabMachine m,
      EventLevel level,
      String type,
      String description,
      String username,
      Instant now) {
    events.add(
        new LabEvent(
            nextEventId++, m.systemId, m.hostname, username, level, type, description, now));
    if (events.size() > MAX_EVENTS) {
      events.subList(0, events.size() - MAX_EVENTS).clear();
    }
    if (level.atLeast(EventLevel.INFO)) {
      m.statusMessage = description.isEmpty() ? type : type + " - " + description;
    }
  }
}
