package io.metalflow.lab.maas;

import java.util.Locale;
import java.util.Optional;

/** MAAS event levels; {@code status_message} follows the newest INFO-or-higher event. */
enum EventLevel {
  AUDIT(0),
  DEBUG(10),
  INFO(20),
  WARNING(30),
  ERROR(40),
  CRITICAL(50);

  private final int value;

  EventLevel(int value) {
    this.value = value;
  }

  boolean atLeast(EventLevel other) {
    return value >= other.value;
  }

  static Optional<EventLevel> parse(String name) {
    for (EventLevel level : values()) {
      if (level.name().equals(name.toUpperCase(Locale.ROOT))) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
