package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.metalflow.juju.JujuCli;
import io.metalflow.juju.JujuProperties;
import io.metalflow.juju.MaasCloud;
import io.metalflow.juju.SshJujuCli;
import io.metalflow.lab.EmbeddedLab;
import io.metalflow.maas.MaasApiKeySource;
import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshException;
import io.metalflow.ssh.SshTunnel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The MAAS credential Metalflow hands to juju on the main host: uploaded as a 0600 file that exists
 * only while juju reads it, and removed whatever happens (juju refusing it, the SSH session
 * dropping, the upload failing half-way). Runs the real juju client code over SSH against the lab's
 * main host and looks at the host's disk while each command runs.
 */
@ExtendWith(RunningMetalflow.Lease.class)
class MainHostSafetyTest {

  private static RunningMetalflow app;
  private static EmbeddedLab lab;
  private static Path home;

  private WatchingRunner runner;
  private JujuCli juju;

  @BeforeAll
  static void start() {
    app = RunningMetalflow.get();
    lab = app.lab();
    home = lab.mainHost().homeDirectory();
  }

  @BeforeEach
  void connect() {
    runner = new WatchingRunner(app.bean(SshCommandRunner.class));
    juju = cli(runner);
    juju.installClient("3.6");
    juju.ensureCloud(new MaasCloud("safety-cloud", lab.maas().url().toString()));
  }

  @Test
  void theCredentialFileIsOwnerOnlyWhileJujuReadsItAndGoneAfterwards() {
    boolean added = juju.ensureCredential("safety-cloud", "safety-ok");

    assertThat(added).isTrue();
    assertThat(runner.modesWhileRunning)
        .as("files juju read with -f, and their mode while it ran")
        .hasEntrySatisfying("add-credential", mode -> assertThat(mode).isEqualTo("rw-------"));
    assertThat(uploadedFiles()).isEmpty();
  }

  @Test
  void theCredentialFileIsRemovedWhenJujuRefusesIt() {
    Throwable refused = catchThrowable(() -> juju.ensureCredential("no-such-cloud", "c1"));

    assertThat(refused).isNotNull().hasMessageContaining("no-such-cloud");
    assertThat(runner.modesWhileRunning).containsEntry("add-credential", "rw-------");
    assertThat(keyParts()).noneMatch(part -> String.valueOf(refused).contains(part));
    assertThat(uploadedFiles()).isEmpty();
  }

  @Test
  void theCredentialFileIsRemovedWhenTheSessionDropsWhileJujuRuns() {
    lab.mainHost().faults().dropConnections("add-credential", 1);

    Throwable dropped = catchThrowable(() -> juju.ensureCredential("safety-cloud", "safety-drop"));

    assertThat(dropped).isInstanceOf(SshException.class);
    assertThat(((SshException) dropped).isRetryable()).isTrue();
    assertThat(uploadedFiles()).isEmpty();
  }

  @Test
  void theCredentialFileIsRemovedWhenTheUploadFailsHalfWay() {
    runner.failAfterUpload = true;

    Throwable failed = catchThrowable(() -> juju.ensureCredential("safety-cloud", "safety-upload"));

    assertThat(failed).isInstanceOf(SshException.class).hasMessageContaining("upload cut");
    assertThat(runner.uploaded).anyMatch(path -> path.contains("credential-"));
    assertThat(uploadedFiles()).isEmpty();
  }

  private static JujuCli cli(SshCommandRunner runner) {
    return new SshJujuCli(
        runner,
        app.bean(RemoteJobs.class),
        app.bean(MaasApiKeySource.class),
        JujuProperties.defaults(),
        "ubuntu@127.0.0.1");
  }

  private static List<Path> uploadedFiles() {
    Path tmp = home.resolve(".metalflow/tmp");
    if (!Files.exists(tmp)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(tmp)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> keyParts() {
    try {
      String key = Files.readString(app.dataDir().resolve("lab/maas-api-key")).strip();
      return List.of(key.split(":"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The application's SSH runner, noting the mode of each file a juju command reads with {@code -f}
   * while that command runs, and able to fail right after an upload reached the host.
   */
  private static final class WatchingRunner implements SshCommandRunner {

    final Map<String, String> modesWhileRunning = new ConcurrentHashMap<>();
    final List<String> uploaded = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile boolean failAfterUpload;
    private final SshCommandRunner delegate;

    WatchingRunner(SshCommandRunner delegate) {
      this.delegate = delegate;
    }

    @Override
    public CommandResult run(List<String> argv, Duration timeout) {
      int file = argv.indexOf("-f");
      if (file > 0 && argv.size() > 2) {
        modesWhileRunning.put(argv.get(1), mode(home.resolve(argv.get(file + 1))));
      }
      return delegate.run(argv, timeout);
    }

    @Override
    public void upload(String remotePath, byte[] content, int mode) {
      delegate.upload(remotePath, content, mode);
      uploaded.add(remotePath);
      if (failAfterUpload) {
        throw new SshException("127.0.0.1", "upload cut by the test", null);
      }
    }

    @Override
    public void remove(String remotePath) {
      delegate.remove(remotePath);
    }

    @Override
    public SshTunnel openTunnel(String targetHost, int targetPort) {
      return delegate.openTunnel(targetHost, targetPort);
    }

    private static String mode(Path file) {
      try {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
      } catch (IOException e) {
        return "missing: " + e;
      }
    }
  }
}
