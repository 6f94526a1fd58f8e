package io.metalflow.lab.juju;

import java.time.Instant;
import java.util.List;

/** One command the main host ran: its argv, exit code (-1 when the session was dropped), time. */
public record CommandLogEntry(List<String> argv, int exitCode, Instant time) {

  public CommandLogEntry {
    argv = List.copyOf(argv);
  }
}
