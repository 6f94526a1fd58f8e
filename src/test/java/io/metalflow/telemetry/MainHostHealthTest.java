package io.metalflow.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.lab.juju.MainHostSettings;
import io.metalflow.lab.juju.MainHostSimulator;
import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.MaasApiKey;
import io.metalflow.maas.MaasProperties;
import io.metalflow.maas.OkHttpMaasClient;
import io.metalflow.ssh.JschCommandRunner;
import io.metalflow.ssh.SshHostKeyException;
import io.metalflow.ssh.SshProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class MainHostHealthTest {

  private static final String ADDRESS = "127.0.0.1:2222";
  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @TempDir Path dir;
  private final MutableClock clock = new MutableClock();

  @Test
  void upWhenTheProbeExitsZero() {
    ScriptedSsh ssh = ScriptedSsh.answering(0, "", "");

    Health health = indicator(ssh).health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("host", ADDRESS);
    assertThat(ssh.calls).containsExactly(List.of("mkdir", "-p", ".metalflow"));
  }

  @Test
  void downWithExitCodeAndStderrWhenTheProbeFails() {
    String denied = "mkdir: cannot create directory '.metalflow': Permission denied";
    Health health = indicator(ScriptedSsh.answering(1, "", denied)).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("exitCode", 1).containsEntry("stderr", denied);
  }

  @Test
  void downWithTheFingerprintWhenTheHostKeyIsNotTrusted() {
    String message =
        "host key of 127.0.0.1:2222 is not in known_hosts: offered ssh-ed25519"
            + " SHA256:q6uGAt4nL1pEkbMbmq0oHqqXfNuY4b8UmmRQmmL3jWE";
    ScriptedSsh ssh =
        new ScriptedSsh(
            argv -> {
              throw new SshHostKeyException(ADDRESS, message, null);
            });

    Health health = indicator(ssh).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("error", "SshHostKeyException")
        .containsEntry("message", message)
        .containsEntry("retryable", false);
  }

  @Test
  void upAgainstTheLabsMainHostOverRealSsh() {
    // Given the lab's main host (MINA SSHD) and the real JSch runner with the lab's key
    try (MaasSimulator maasLab = MaasSimulator.start(MaasLabSettings.zeroDelay());
        MainHostSimulator host =
            MainHostSimulator.start(
                MainHostSettings.defaults(dir, MaasApiKey.parse(maasLab.apiKey())).withPort(0),
                OkHttpMaasClient.create(
                    new MaasProperties(
                        maasLab.url(),
                        maasLab.apiKey(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null)));
        JschCommandRunner runner =
            new JschCommandRunner(
                new SshProperties(
                    host.host(),
                    host.port(),
                    "ubuntu",
                    host.clientKeyFile(),
                    host.knownHostsFile(),
                    TIMEOUT,
                    TIMEOUT,
                    1))) {
      String address = host.host() + ":" + host.port();

      // When
      Health health =
          new MainHostHealthIndicator(runner, address, TIMEOUT, clock, Duration.ZERO).health();

      // Then
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsExactly(Map.entry("host", address));
      assertThat(host.homeDirectory().resolve(".metalflow")).isDirectory();
    }
  }

  @Test
  void aClosedPortIsDownAndRetryableWithoutKeyMaterial() throws Exception {
    // Given the real JSch runner with a real key, pointed at a port nothing listens on
    int port = closedPort();
    Path key = writeKey();
    SshProperties properties =
        new SshProperties(
            "127.0.0.1",
            port,
            "ubuntu",
            key,
            writeKnownHosts(port),
            Duration.ofSeconds(2),
            TIMEOUT,
            1);
    try (JschCommandRunner runner = new JschCommandRunner(properties)) {
      MainHostHealthIndicator indicator =
          new MainHostHealthIndicator(
              runner, properties.address(), TIMEOUT, clock, Duration.ofSeconds(10));

      // When
      Health health = indicator.health();

      // Then
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails())
          .containsEntry("host", "127.0.0.1:" + port)
          .containsEntry("error", "SshException")
          .containsEntry("retryable", true);
      assertThat((String) health.getDetails().get("message")).contains("127.0.0.1:" + port);
      String keyText = Files.readString(key);
      String base64Body = keyText.lines().skip(1).findFirst().orElseThrow();
      assertThat(health.toString()).doesNotContain(base64Body).doesNotContain("PRIVATE KEY");
    }
  }

  @Test
  void oneAnswerIsReusedForTheCachePeriod() {
    ScriptedSsh ssh = ScriptedSsh.answering(0, "ok\n", "");
    MainHostHealthIndicator indicator = indicator(ssh);

    indicator.health();
    clock.advance(Duration.ofSeconds(9));
    indicator.health();
    assertThat(ssh.calls).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    indicator.health();
    assertThat(ssh.calls).hasSize(2);
  }

  private MainHostHealthIndicator indicator(ScriptedSsh ssh) {
    return new MainHostHealthIndicator(ssh, ADDRESS, TIMEOUT, clock, Duration.ofSeconds(10));
  }

  private Path writeKey() throws Exception {
    KeyPair pair = KeyUtils.generateKeyPair("ssh-rsa", 2048);
    Path key = dir.resolve("id_rsa");
    try (OutputStream out = Files.newOutputStream(key)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "health-test", null, out);
    }
    return key;
  }

  private Path writeKnownHosts(int port) throws Exception {
    KeyPair hostKey = KeyUtils.generateKeyPair("ssh-rsa", 2048);
    Path knownHosts = dir.resolve("known_hosts");
    Files.writeString(
        knownHosts,
        "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n",
        StandardCharsets.UTF_8);
    return knownHosts;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
