package io.metalflow.ssh;

/**
 * A channel could not be opened on a session that looked alive, so nothing was run yet. The pool
 * reconnects once and tries again; a second failure reaches the caller (retryable).
 */
final class ChannelOpenFailedException extends SshException {

  ChannelOpenFailedException(String host, String what, Throwable cause) {
    super(host, "cannot open an SSH " + what + " channel to " + host + ": " + cause, cause);
  }
}
