package io.metalflow.stack;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshException;
import io.metalflow.ssh.SshTunnel;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SSH runner whose tunnels lead straight to local servers: {@code address:port} as juju reports
 * it maps to a loopback port. Records which tunnels were opened and closed.
 */
final class DirectTunnels implements SshCommandRunner {

  private final Map<String, Integer> routes = new ConcurrentHashMap<>();
  final List<String> opened = new CopyOnWriteArrayList<>();
  final List<String> closed = new CopyOnWriteArrayList<>();

  void route(String address, int port, int localPort) {
    routes.put(address + ":" + port, localPort);
  }

  @Override
  public SshTunnel openTunnel(String targetHost, int targetPort) {
    String target = targetHost + ":" + targetPort;
    Integer local = routes.get(target);
    if (local == null) {
      throw new SshException("main-host", "channel open failed for " + target, null);
    }
    opened.add(target);
    return new SshTunnel() {
      @Override
      public String localHost() {
        return "127.0.0.1";
      }

      @Override
      public int localPort() {
        return local;
      }

      @Override
      public void close() {
        closed.add(target);
      }
    };
  }

  @Override
  public CommandResult run(List<String> argv, Duration timeout) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void upload(String remotePath, byte[] content, int mode) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void remove(String remotePath) {
    throw new UnsupportedOperationException();
  }
}
