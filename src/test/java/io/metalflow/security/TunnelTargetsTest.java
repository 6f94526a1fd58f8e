package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.metalflow.juju.ActionResult;
import io.metalflow.juju.JujuCli;
import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.UnitState;
import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshTunnel;
import io.metalflow.stack.StackUnreachableException;
import io.metalflow.stack.StackVerification;
import io.metalflow.stack.TunnelStackVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stack check opens SSH tunnels only to the addresses {@code juju status} reports for the units
 * of the applications it checks, and only when they are IP address literals: a host name, a port, a
 * path or user info in a reported address never becomes a tunnel target.
 */
class TunnelTargetsTest {

  private final Map<String, ApplicationState> applications = new HashMap<>();
  private final List<String> tunnels = new CopyOnWriteArrayList<>();
  private final TunnelStackVerifier verifier =
      new TunnelStackVerifier(juju(applications), new RecordingTunnels(tunnels));

  @Test
  void tunnelsGoOnlyToTheReportedAddressesOfTheCheckedUnits() {
    unit("grafana", "127.0.0.21");
    unit("prometheus", "127.0.0.22");
    unit("other", "127.0.0.23");

    Throwable unreachable =
        catchThrowable(() -> verifier.verify("ctl", "prom", "grafana", "prometheus"));

    assertThat(unreachable).isInstanceOf(StackUnreachableException.class);
    assertThat(tunnels).containsExactlyInAnyOrder("127.0.0.21:3000", "127.0.0.22:9090");
  }

  @Test
  void anIpv6LiteralIsATarget() {
    unit("grafana", "::1");
    unit("prometheus", "127.0.0.22");

    catchThrowable(() -> verifier.verify("ctl", "prom", "grafana", "prometheus"));

    assertThat(tunnels).contains("::1:3000");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "grafana.example.com",
        "localhost",
        "127.0.0.1:22",
        "127.0.0.1/api",
        "admin@127.0.0.1",
        "127.0.0.1#x",
        " 127.0.0.1",
        "127.0.0.1\n",
        "[::1]",
        "999.1.1.1",
        "0x7f.0.0.1",
        "127.1",
        ""
      })
  void aReportedAddressThatIsNotAnIpLiteralIsNeverATarget(String address) {
    unit("grafana", address);
    unit("prometheus", "127.0.0.22");

    StackVerification result = verifier.verify("ctl", "prom", "grafana", "prometheus");

    assertThat(result.passed()).isFalse();
    assertThat(result.message()).contains("'grafana' has no unit with a public address");
    assertThat(tunnels).isEmpty();
  }

  private void unit(String application, String address) {
    String unit = application + "/0";
    applications.put(
        application,
        new ApplicationState(
            application,
            application,
            "active",
            "",
            Map.of(),
            Map.of(unit, new UnitState(unit, "active", "", "idle", "0", address, List.of()))));
  }

  /** A juju client that knows one model's status and answers the password action. */
  private static JujuCli juju(Map<String, ApplicationState> applications) {
    return (JujuCli)
        Proxy.newProxyInstance(
            JujuCli.class.getClassLoader(),
            new Class<?>[] {JujuCli.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "status" -> new JujuStatus((String) args[1], Map.of(), applications);
                  case "runAction" ->
                      new ActionResult((String) args[2], "completed", Map.of("password", "pw"));
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  /** Records each tunnel target; the tunnel leads to a closed local port. */
  private record RecordingTunnels(List<String> targets) implements SshCommandRunner {

    @Override
    public SshTunnel openTunnel(String targetHost, int targetPort) {
      targets.add(targetHost + ":" + targetPort);
      int closed = closedPort();
      return new SshTunnel() {
        @Override
        public String localHost() {
          return "127.0.0.1";
        }

        @Override
        public int localPort() {
          return closed;
        }

        @Override
        public void close() {}
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

    private static int closedPort() {
      try (ServerSocket socket =
          new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
