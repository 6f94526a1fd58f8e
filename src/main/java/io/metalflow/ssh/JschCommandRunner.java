package io.metalflow.ssh;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SshCommandRunner} over JSch: key authentication, host keys verified against known_hosts
 * (never accepted blindly), a bounded pool of reused sessions for commands and SFTP, one dedicated
 * session per tunnel. Thread-safe. Close it to end every session and tunnel. A command that ends
 * without an exit status (killed by a signal) reports exit code -1; a connection lost while a
 * command runs is a retryable {@link SshException}, as is a timeout ({@link SshTimeoutException}).
 *
 * <p>JSch quirks worked around here and in the package-private helpers: (1) a channel's exit status
 * exists only once the channel is closed and JSch offers no close callback, so {@code ExecCall}
 * polls {@code isClosed()} with a short back-off (JSch itself polls in 10 ms steps when opening a
 * channel); (2) SFTP {@code put} opens files with no attributes, so the server creates them with
 * its default mode: {@code SftpCall} creates the file empty, chmods it, then writes the content;
 * (3) with {@code StrictHostKeyChecking=yes} JSch throws without the offered key, but keeps it in
 * {@code Session.getHostKey()}, which is where the fingerprint in our message comes from; (4) JSch
 * would propose every host key algorithm and fail on a key type known_hosts does not list, so
 * {@code KnownHostKeys} proposes only the listed types; (5) JSch also matches a plain {@code host}
 * entry when {@code [host]:port} is missing (OpenSSH does not); (6) a session whose peer vanished
 * may still report {@code isConnected()} until its reader thread notices, so a failed channel open
 * triggers one reconnect.
 */
public final class JschCommandRunner implements SshCommandRunner, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(JschCommandRunner.class);

  private final SshProperties properties;
  private final SessionFactory sessions;
  private final SessionPool pool;
  private final ExecCall exec;
  private final SftpCall sftp;
  private final Set<JschTunnel> tunnels = ConcurrentHashMap.newKeySet();

  public JschCommandRunner(SshProperties properties) {
    this.properties = properties;
    this.sessions = new SessionFactory(properties);
    this.pool = new SessionPool(sessions, properties.address(), properties.poolSize());
    this.exec = new ExecCall(properties.address(), sessions.connectMillis());
    this.sftp = new SftpCall(properties.address(), sessions.connectMillis());
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    if (argv == null || argv.isEmpty()) {
      throw new IllegalArgumentException("argv must name a command");
    }
    log.debug("ssh {}: {} (timeout {})", properties.address(), argv.get(0), timeout);
    CommandResult result = pool.withSession(timeout, session -> exec.run(session, argv, timeout));
    log.debug("ssh {}: {} exited {}", properties.address(), argv.get(0), result.exitCode());
    return result;
  }

  /** Runs argv with the configured default timeout. */
  public CommandResult run(List<String> argv) {
    return run(argv, properties.commandTimeout());
  }

  @Override
  public void upload(String remotePath, byte[] content, int mode) {
    requirePath(remotePath);
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException("not a POSIX file mode: " + Integer.toOctalString(mode));
    }
    log.debug(
        "ssh {}: upload {} ({} bytes, mode {})",
        properties.address(),
        remotePath,
        content.length,
        Integer.toOctalString(mode));
    pool.withSession(
        properties.commandTimeout(),
        session -> {
          sftp.upload(session, remotePath, content, mode);
          return null;
        });
  }

  @Override
  public void remove(String remotePath) {
    requirePath(remotePath);
    log.debug("ssh {}: remove {}", properties.address(), remotePath);
    pool.withSession(
        properties.commandTimeout(),
        session -> {
          sftp.remove(session, remotePath);
          return null;
        });
  }

  @Override
  public SshTunnel openTunnel(String targetHost, int targetPort) {
    if (targetHost == null || targetHost.isBlank() || targetPort < 1 || targetPort > 65535) {
      throw new IllegalArgumentException("not a tunnel target: " + targetHost + ":" + targetPort);
    }
    pool.ensureOpen();
    JschTunnel tunnel = JschTunnel.open(sessions.open(), targetHost, targetPort, tunnels::remove);
    tunnels.add(tunnel);
    log.debug(
        "ssh {}: tunnel {} -> {}:{}",
        properties.address(),
        tunnel.localPort(),
        targetHost,
        targetPort);
    return tunnel;
  }

  /** How many pooled sessions are connected (tunnels not counted). */
  int connectedSessions() {
    return pool.connectedSessions();
  }

  /** Ends every pooled session and every open tunnel. */
  @Override
  public void close() {
    pool.close();
    List.copyOf(tunnels).forEach(JschTunnel::close);
  }

  private static void requirePath(String remotePath) {
    if (remotePath == null || remotePath.isBlank() || remotePath.endsWith("/")) {
      throw new IllegalArgumentException("not a remote file path: " + remotePath);
    }
  }
}
