package io.metalflow.lab.juju;

import io.metalflow.maas.MaasClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AgentForwardingFilter;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.forward.X11ForwardingFilter;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * The lab's main host: an SSH server on 127.0.0.1 whose {@code juju} behaves like Juju 3.6 on the
 * lab's MAAS, with SFTP rooted at {@code <dataDir>/lab/home} and {@code direct-tcpip} forwarding to
 * loopback addresses only. User {@code ubuntu} logs in with the generated client key ({@link
 * #clientKeyFile()}) or a key from the settings; the host key is in {@link #knownHostsFile()}.
 *
 * <p>Starting again on the same data directory reuses the keys and reloads the juju state;
 * stand-ins of active units, unfinished unit lifecycles and unfinished wrapper jobs resume. {@link
 * #close()} is idempotent.
 */
public final class MainHostSimulator implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  private final SshServer server;
  private final LabKeys keys;
  private final HostContext host;
  private final Jobs jobs;
  private final ExecutorService workers;

  private MainHostSimulator(
      SshServer server, LabKeys keys, HostContext host, Jobs jobs, ExecutorService workers) {
    this.server = server;
    this.keys = keys;
    this.host = host;
    this.jobs = jobs;
    this.workers = workers;
  }

  /**
   * Starts the host on {@code settings.port()} (0 picks a free port) and writes its known_hosts
   * line.
   *
   * @throws UncheckedIOException when the port cannot be bound or the lab files cannot be written
   */
  public static MainHostSimulator start(MainHostSettings settings, MaasClient maas) {
    Path labDir = settings.labDir();
    Path home = labDir.resolve("home");
    createDirectories(home);
    LabKeys keys = LabKeys.ensure(labDir);
    LabJuju state = LabJuju.load(labDir.resolve("juju-state.json"));
    LabFaults faults = new LabFaults(settings.faults());
    Workloads workloads = new Workloads(state);
    Provisioner provisioner = new Provisioner(settings, state, maas, faults, workloads);
    Jobs jobs = new Jobs(home);
    HostContext host =
        new HostContext(settings, state, maas, faults, home, provisioner, workloads, jobs);
    MainHostShell shell =
        new MainHostShell(home, state, new JujuProgram(host), new SnapProgram(state), jobs);
    ExecutorService workers = Executors.newCachedThreadPool(daemonThreads());
    SshServer server = sshServer(settings, keys, home, shell, faults, workers);
    MainHostSimulator simulator = new MainHostSimulator(server, keys, host, jobs, workers);
    try {
      server.start();
    } catch (IOException e) {
      simulator.close();
      throw new UncheckedIOException(
          "cannot start the lab main host on port " + settings.port(), e);
    }
    keys.writeKnownHosts(HOST, server.getPort());
    workloads.resume();
    provisioner.resume();
    jobs.resumeUnfinished(shell);
    return simulator;
  }

  private static SshServer sshServer(
      MainHostSettings settings,
      LabKeys keys,
      Path home,
      HostProgram shell,
      LabFaults faults,
      ExecutorService workers) {
    SshServer server = SshServer.setUpDefaultServer();
    server.setHost(HOST);
    server.setPort(settings.port());
    CoreModuleProperties.TCP_NODELAY.set(server, true);
    server.setKeyPairProvider(KeyPairProvider.wrap(keys.hostKey()));
    server.setPublickeyAuthenticator(
        new AuthorizedKeys(keys.clientPublicKey(), settings.authorizedKeys()));
    server.setPasswordAuthenticator(null);
    server.setKeyboardInteractiveAuthenticator(null);
    server.setGSSAuthenticator(null);
    server.setHostBasedAuthenticator(null);
    server.setFileSystemFactory(new VirtualFileSystemFactory(home));
    server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
    server.setForwardingFilter(
        ForwardingFilter.asForwardingFilter(
            AgentForwardingFilter.of(false),
            X11ForwardingFilter.of(false),
            new LoopbackForwarding()));
    server.setCommandFactory(
        (channel, line) -> new ExecChannelCommand(line, shell, faults, workers));
    return server;
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "lab-exec-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir, e);
    }
  }

  /** Always {@code 127.0.0.1}. */
  public String host() {
    return HOST;
  }

  public int port() {
    return server.getPort();
  }

  /** {@code <dataDir>/lab/known_hosts}: one line {@code [127.0.0.1]:PORT ssh-ed25519 …}. */
  public Path knownHostsFile() {
    return keys.knownHostsFile();
  }

  /** {@code <dataDir>/lab/id_ed25519}: the client's private key, OpenSSH format. */
  public Path clientKeyFile() {
    return keys.clientKeyFile();
  }

  /** The SFTP root and the login's home, {@code <dataDir>/lab/home}. */
  public Path homeDirectory() {
    return host.home();
  }

  /** The lab juju's state (live view; reads are snapshots). */
  public LabJuju state() {
    return host.state();
  }

  /** Faults to arm while running. */
  public LabFaults faults() {
    return host.faults();
  }

  /** Stops the server, the wrapper's jobs, unit lifecycles and every stand-in. */
  @Override
  public void close() {
    try {
      server.stop(true);
    } catch (IOException e) {
      // closing anyway
    }
    jobs.close();
    host.provisioner().close();
    host.workloads().close();
    workers.shutdownNow();
  }
}
