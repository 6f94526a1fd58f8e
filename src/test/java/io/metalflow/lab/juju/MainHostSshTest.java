package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainHostSshTest {

  @TempDir Path dataDir;
  private MainHostSimulator host;
  private LabSsh ssh;

  @BeforeEach
  void startHost() throws Exception {
    String prefix = LabFixtures.randomPrefix();
    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, prefix), FakeMaas.withServers(prefix, 3, 1));
    ssh = new LabSsh(host);
  }

  @AfterEach
  void stopHost() {
    ssh.close();
    host.close();
  }

  @Test
  void firstStartWritesKeysAndAKnownHostsLineForItsPort() throws Exception {
    Path lab = dataDir.resolve("lab");
    assertThat(lab.resolve("ssh_host_ed25519_key")).exists();
    assertThat(Files.readString(lab.resolve("id_ed25519")))
        .startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
    assertThat(Files.getPosixFilePermissions(lab.resolve("id_ed25519")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(lab.resolve("id_ed25519.pub"))).startsWith("ssh-ed25519 AAAA");
    assertThat(Files.readString(host.knownHostsFile()))
        .matches("\\[127\\.0\\.0\\.1\\]:" + host.port() + " ssh-ed25519 AAAA\\S+\\n");
    assertThat(host.host()).isEqualTo("127.0.0.1");
  }

  @Test
  void jujuIsNotFoundUntilTheSnapIsInstalledWithSudo() throws Exception {
    assertThat(ssh.run("/snap/bin/juju", "version"))
        .isEqualTo(new LabSsh.Result(127, "", "sh: 1: /snap/bin/juju: not found\n"));
    assertThat(ssh.run("snap", "install", "juju", "--channel", "3.6").exitCode()).isEqualTo(1);

    LabSsh.Result install = ssh.run("sudo", "snap", "install", "juju", "--channel", "3.6");

    assertThat(install.exitCode()).isZero();
    assertThat(install.stdout()).isEqualTo("juju (3.6/stable) 3.6.14 from Canonical✓ installed\n");
    assertThat(ssh.run("/snap/bin/juju", "version"))
        .isEqualTo(new LabSsh.Result(0, "3.6.14-genericlinux-amd64\n", ""));
    assertThat(ssh.run("juju", "version").exitCode()).isZero();
    assertThat(ssh.run("snap", "list", "juju").stdout()).contains("juju  3.6.14");
    LabSsh.Result again = ssh.run("sudo", "snap", "install", "juju", "--channel", "3.6");
    assertThat(again.exitCode()).isZero();
    assertThat(again.stderr()).contains("already installed");
  }

  @Test
  void unknownProgramsAreNotFoundAndUnknownFlagsAreUsageErrors() throws Exception {
    assertThat(ssh.run("kubectl", "get", "pods"))
        .isEqualTo(new LabSsh.Result(127, "", "sh: 1: kubectl: not found\n"));
    ssh.run("sudo", "snap", "install", "juju", "--channel", "3.6");

    LabSsh.Result result = ssh.run("juju", "destroy-controller", "-y", "ctl");

    assertThat(result)
        .isEqualTo(new LabSsh.Result(2, "", "ERROR option provided but not defined: -y\n"));
  }

  @Test
  void sftpUploadKeepsTheFileMode() throws Exception {
    ssh.upload(".metalflow/tmp/creds.yaml", "secret: x\n".getBytes(StandardCharsets.UTF_8), 0600);

    Path onDisk = host.homeDirectory().resolve(".metalflow/tmp/creds.yaml");
    assertThat(onDisk).hasContent("secret: x");
    assertThat(Files.getPosixFilePermissions(onDisk))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }

  @Test
  void forwardingReachesLoopbackTargetsOnly() throws Exception {
    HttpServer target = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    target.createContext(
        "/",
        e -> {
          byte[] body = "hello".getBytes(StandardCharsets.UTF_8);
          e.sendResponseHeaders(200, body.length);
          e.getResponseBody().write(body);
          e.close();
        });
    target.start();
    try {
      int local = ssh.forward("127.0.0.1", target.getAddress().getPort());
      assertThat(httpGet(local)).contains("hello");

      int refused = ssh.forward("192.0.2.1", 80);
      assertThat(readAfterConnect(refused)).isEqualTo(-1);
    } finally {
      target.stop(0);
    }
  }

  private static String httpGet(int port) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket
          .getOutputStream()
          .write("GET / HTTP/1.0\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** A refused direct-tcpip channel: the local connection is closed without data. */
  private static int readAfterConnect(int port) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(5000);
      InputStream in = socket.getInputStream();
      return in.read();
    }
  }

  @Test
  void otherKeysAndOtherUsersAreRefused() throws Exception {
    Path stranger = dataDir.resolve("stranger");
    KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.RSA, 2048);
    pair.writePrivateKey(stranger.toString());

    assertThatThrownBy(() -> new LabSsh(host, stranger, "ubuntu"))
        .isInstanceOf(JSchException.class)
        .hasMessageContaining("Auth fail");
    assertThatThrownBy(() -> new LabSsh(host, host.clientKeyFile(), "root"))
        .isInstanceOf(JSchException.class)
        .hasMessageContaining("Auth fail");
  }

  @Test
  void anExtraAuthorizedKeyFromTheSettingsIsAccepted() throws Exception {
    Path extra = dataDir.resolve("extra");
    KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.RSA, 2048);
    pair.writePrivateKey(extra.toString());
    java.io.ByteArrayOutputStream pub = new java.io.ByteArrayOutputStream();
    pair.writePublicKey(pub, "extra");
    host.close();
    String prefix = LabFixtures.randomPrefix();
    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, prefix)
                .withAuthorizedKeys(
                    java.util.List.of(pub.toString(StandardCharsets.US_ASCII).strip())),
            FakeMaas.withServers(prefix, 1));

    try (LabSsh other = new LabSsh(host, extra, "ubuntu")) {
      assertThat(other.run("true").exitCode()).isEqualTo(127);
    }
  }

  @Test
  void restartOnAnotherPortKeepsTheKeysAndRewritesKnownHosts() throws Exception {
    String hostKey = Files.readString(dataDir.resolve("lab/ssh_host_ed25519_key"));
    int firstPort = host.port();
    ssh.close();
    host.close();

    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, LabFixtures.randomPrefix()),
            FakeMaas.withServers("127.0.0.", 1));
    ssh = new LabSsh(host);

    assertThat(host.port()).isNotEqualTo(firstPort);
    assertThat(Files.readString(dataDir.resolve("lab/ssh_host_ed25519_key"))).isEqualTo(hostKey);
    assertThat(Files.readString(host.knownHostsFile())).startsWith("[127.0.0.1]:" + host.port());
    assertThat(ssh.run("juju", "version").exitCode()).isEqualTo(127);
  }
}
