package io.metalflow.lab.juju;

import java.time.Instant;
import java.util.List;

/**
 * One command the main host ran: its argv, exit code, time. A command whose session a fault dropped
 * is logged with the code it ran to ({@link LabFaults#connectionsDropped()} counts drops).
 */
public record CommandLogEntry(List<String> argv, int exitCode, Instant time) {

  public CommandLogEntry {
    argv = List.copyOf(argv);
  }
}
