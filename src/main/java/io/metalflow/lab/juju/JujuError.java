package io.metalflow.lab.juju;

/**
 * A juju command failed: printed as {@code ERROR <message>} on stderr (unless {@link #silent}, when
 * the command already printed its explanation) with exit code 1, or 2 for usage errors.
 */
class JujuError extends Exception {

  private final int exitCode;
  private final boolean silent;

  JujuError(String message) {
    this(message, 1, false);
  }

  JujuError(String message, int exitCode, boolean silent) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.silent = silent;
  }

  /** A failure whose text the command printed itself; exit 1, no extra ERROR line. */
  static JujuError alreadyReported() {
    return new JujuError("", 1, true);
  }

  /** A usage problem: {@code ERROR <message>}, exit 2. */
  static JujuError usage(String message) {
    return new JujuError(message, 2, false);
  }

  int exitCode() {
    return exitCode;
  }

  boolean silent() {
    return silent;
  }
}
