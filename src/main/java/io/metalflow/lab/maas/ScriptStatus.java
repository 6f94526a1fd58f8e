package io.metalflow.lab.maas;

/** MAAS script result statuses shown in the {@code *_status} fields of a machine. */
final class ScriptStatus {

  static final int NONE = -1;
  static final int PENDING = 0;
  static final int RUNNING = 1;
  static final int PASSED = 2;
  static final int FAILED = 3;
  static final int ABORTED = 5;

  private ScriptStatus() {}

  static String name(int status) {
    return switch (status) {
      case NONE -> "Unknown";
      case PENDING -> "Pending";
      case RUNNING -> "Running";
      case PASSED -> "Passed";
      case FAILED -> "Failed";
      case 4 -> "Timed out";
      case ABORTED -> "Aborted";
      case 6 -> "Degraded";
      case 9 -> "Skipped";
      default -> "Unknown";
    };
  }
}
