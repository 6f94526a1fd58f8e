package io.metalflow.ssh;

import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/** A local forward on its own session; closing it stops the forward and ends the session. */
final class JschTunnel implements SshTunnel {

  static final String LOOPBACK = "127.0.0.1";

  private final Session session;
  private final int localPort;
  private final Consumer<JschTunnel> onClose;
  private final AtomicBoolean closed = new AtomicBoolean();

  private JschTunnel(Session session, int localPort, Consumer<JschTunnel> onClose) {
    this.session = session;
    this.localPort = localPort;
    this.onClose = onClose;
  }

  /** Forwards 127.0.0.1:(a free port) to {@code targetHost:targetPort} as seen by the server. */
  static JschTunnel open(
      Session session, String targetHost, int targetPort, Consumer<JschTunnel> onClose) {
    try {
      int port = session.setPortForwardingL(LOOPBACK, 0, targetHost, targetPort);
      return new JschTunnel(session, port, onClose);
    } catch (JSchException e) {
      session.disconnect();
      throw new SshException(
          session.getHost(),
          "cannot forward a local port to " + targetHost + ":" + targetPort + ": " + e.getMessage(),
          e);
    }
  }

  @Override
  public String localHost() {
    return LOOPBACK;
  }

  @Override
  public int localPort() {
    return localPort;
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      session.delPortForwardingL(LOOPBACK, localPort);
    } catch (JSchException ignored) {
      // the session is ended below, which stops the forward as well
    }
    session.disconnect();
    onClose.accept(this);
  }

  @Override
  public String toString() {
    return "SshTunnel[" + LOOPBACK + ":" + localPort + "]";
  }
}
