package io.metalflow.ssh;

import java.time.Duration;
import java.util.List;

/**
 * Runs commands on the configured main host. Arguments are passed as a list and shell-quoted by the
 * runner, so no argument can inject shell syntax.
 *
 * <p>Transport failures (connection refused or dropped, timeout) are {@link SshException}s whose
 * {@link SshException#isRetryable()} is true; an unknown or changed host key is an {@link
 * SshHostKeyException} and never retryable.
 */
public interface SshCommandRunner {

  /** Runs argv and waits up to {@code timeout}; a non-zero exit is a result, not an exception. */
  CommandResult run(List<String> argv, Duration timeout);

  /**
   * Writes {@code content} to {@code remotePath} (relative paths are under the login's home) with
   * the given POSIX mode, creating missing parent directories. Overwrites; idempotent.
   */
  void upload(String remotePath, byte[] content, int mode);

  /** Removes a remote file; a missing file is not an error. */
  void remove(String remotePath);

  /**
   * Opens a local port on 127.0.0.1 forwarded through the main host to {@code targetHost:
   * targetPort} (as {@code ssh -L}). Close it when done.
   */
  SshTunnel openTunnel(String targetHost, int targetPort);
}
