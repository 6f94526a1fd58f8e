package io.metalflow.juju;

import io.metalflow.ssh.SshCommandRunner;
import java.util.UUID;

/**
 * A file juju reads with {@code -f}, uploaded under {@code .metalflow/tmp/} in the login's home
 * (the strictly confined snap cannot read the host's {@code /tmp}) with mode 0600, and removed on
 * {@link #close()}. Use in try-with-resources so it is removed whatever happens.
 */
final class RemoteTempFile implements AutoCloseable {

  static final String DIRECTORY = ".metalflow/tmp/";
  static final int OWNER_READ_WRITE = 0600;

  private final SshCommandRunner runner;
  private final String path;

  private RemoteTempFile(SshCommandRunner runner, String path) {
    this.runner = runner;
    this.path = path;
  }

  /** Uploads {@code content} to a fresh name {@code .metalflow/tmp/PREFIX-UUID.yaml}. */
  static RemoteTempFile upload(SshCommandRunner runner, String prefix, byte[] content) {
    RemoteTempFile file =
        new RemoteTempFile(runner, DIRECTORY + prefix + "-" + UUID.randomUUID() + ".yaml");
    try {
      runner.upload(file.path, content, OWNER_READ_WRITE);
    } catch (RuntimeException e) {
      file.removeQuietly(e);
      throw e;
    }
    return file;
  }

  String path() {
    return path;
  }

  @Override
  public void close() {
    runner.remove(path);
  }

  private void removeQuietly(RuntimeException cause) {
    try {
      runner.remove(path);
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
