package io.metalflow.process.delegate;

import java.util.List;

/** The last lines of a job log, short enough for a variable and an incident message. */
final class LogTail {

  static final int LINES = 20;
  static final int MAX_CHARS = 3000;

  private LogTail() {}

  static String of(String log) {
    List<String> lines = (log == null ? "" : log).strip().lines().toList();
    String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - LINES), lines.size()));
    return tail.length() > MAX_CHARS ? tail.substring(tail.length() - MAX_CHARS) : tail;
  }
}
