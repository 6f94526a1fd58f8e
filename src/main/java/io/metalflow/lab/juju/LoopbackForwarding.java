package io.metalflow.lab.juju;

import java.util.regex.Pattern;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.forward.TcpForwardingFilter;

/**
 * Allows {@code direct-tcpip} (ssh -L) only to 127.0.0.0/8, {@code ::1} and {@code localhost}, and
 * never remote forwarding: the lab must never open a connection to any other address.
 */
final class LoopbackForwarding implements TcpForwardingFilter {

  private static final Pattern LOOPBACK_V4 =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

  static boolean isLoopback(String host) {
    return host != null
        && (LOOPBACK_V4.matcher(host).matches()
            || host.equals("localhost")
            || host.equals("::1")
            || host.equals("0:0:0:0:0:0:0:1"));
  }

  @Override
  public boolean canListen(SshdSocketAddress address, Session session) {
    return false;
  }

  @Override
  public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
    return type == Type.Direct && isLoopback(address.getHostName());
  }
}
