package io.metalflow.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenSSH server for a test class: {@code /usr/sbin/sshd -D -e} on 127.0.0.1 and a free
 * port, as the current user, with temporary ed25519 and RSA host keys, a client key in a temporary
 * authorized_keys file, SFTP ({@code internal-sftp}) and TCP forwarding, and a known_hosts file
 * listing its host keys. Register it as a static field with {@code @RegisterExtension}.
 *
 * <p>The login's home as the tests see it is a temporary directory: a {@code ForceCommand} script
 * changes into it before running the requested command (and starts the SFTP server there), so tests
 * never write into the real home of the user running them.
 *
 * <p>Without sshd the tests are skipped, or fail when the environment variable {@code CI=true}.
 */
public final class OpenSshServerExtension implements BeforeAllCallback, AfterAllCallback {

  private static final Path SSHD = Path.of("/usr/sbin/sshd");
  private static final Path SSH_KEYGEN = Path.of("/usr/bin/ssh-keygen");
  private static final List<Path> SFTP_SERVERS =
      List.of(
          Path.of("/usr/lib/openssh/sftp-server"),
          Path.of("/usr/libexec/openssh/sftp-server"),
          Path.of("/usr/libexec/sftp-server"),
          Path.of("/usr/lib/ssh/sftp-server"));
  private static final Duration STARTUP = Duration.ofSeconds(10);

  private Path dir;
  private Path home;
  private Path clientKey;
  private Path authorizedKeys;
  private Path knownHosts;
  private int port;
  private Process process;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Path sftpServer = requireTools();
    dir = Files.createTempDirectory("metalflow-sshd-");
    home = Files.createDirectory(dir.resolve("home"));
    clientKey = keygen("ed25519", "client_ed25519");
    authorizedKeys = dir.resolve("authorized_keys");
    Files.writeString(authorizedKeys, Files.readString(publicKey(clientKey)));
    knownHosts = dir.resolve("known_hosts");
    newHostKeys();
    writeForceCommand(sftpServer);
    startOnFreePort();
    trustCurrentHostKeys();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    stop();
    if (dir != null) {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Properties for a runner that trusts this server and logs in with the client key. */
  public SshProperties properties() {
    return properties(4);
  }

  public SshProperties properties(int poolSize) {
    return properties(clientKey, knownHosts, poolSize);
  }

  public SshProperties properties(Path privateKey, Path knownHostsFile, int poolSize) {
    return new SshProperties(
        "127.0.0.1",
        port,
        System.getProperty("user.name"),
        privateKey,
        knownHostsFile,
        Duration.ofSeconds(5),
        Duration.ofSeconds(20),
        poolSize);
  }

  public int port() {
    return port;
  }

  /** The login's home as the server presents it (the current directory of every command). */
  public Path home() {
    return home;
  }

  public Path knownHosts() {
    return knownHosts;
  }

  /** A scratch directory that the server does not use. */
  public Path scratch() {
    return dir;
  }

  /** A new client key pair ({@code ed25519} or {@code rsa}) made by ssh-keygen, not authorized. */
  public Path newClientKey(String type) {
    return keygen(type, "extra_" + type + "_" + System.nanoTime());
  }

  /** Adds a public key (OpenSSH one-line form) to authorized_keys. */
  public void authorize(String publicKeyLine) {
    try {
      Files.writeString(
          authorizedKeys, Files.readString(authorizedKeys) + publicKeyLine.strip() + "\n", UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path publicKey(Path privateKey) {
    return privateKey.resolveSibling(privateKey.getFileName() + ".pub");
  }

  /** The {@code SHA256:...} fingerprint of the server's host key of that type, per ssh-keygen. */
  public String hostKeyFingerprint(String type) {
    String line = exec(SSH_KEYGEN.toString(), "-l", "-f", publicKey(hostKey(type)).toString());
    return line.split(" ")[1];
  }

  /** Writes a known_hosts file listing the server's current host keys of the given types. */
  public Path writeKnownHosts(Path file, String... types) {
    StringBuilder lines = new StringBuilder();
    for (String type : types) {
      String[] key = read(publicKey(hostKey(type))).split(" ");
      lines.append("[127.0.0.1]:").append(port).append(' ').append(key[0]).append(' ');
      lines.append(key[1]).append('\n');
    }
    write(file, lines.toString());
    return file;
  }

  /** Makes {@link #knownHosts()} list the server's current ed25519 and RSA keys. */
  public void trustCurrentHostKeys() {
    writeKnownHosts(knownHosts, "ed25519", "rsa");
  }

  /** Kills the server's per-connection processes: every SSH connection drops, sshd listens on. */
  public void dropConnections() {
    killSessions(sessionProcesses());
  }

  /** Stops sshd with all its connections and starts it again on the same port. */
  public void restart() throws IOException {
    stop();
    start();
  }

  /** Restarts sshd on the same port with new host keys; known_hosts is left as it was. */
  public void replaceHostKeys() throws IOException {
    stop();
    newHostKeys();
    start();
  }

  private Path requireTools() {
    List<String> missing = new ArrayList<>();
    for (Path tool : List.of(SSHD, SSH_KEYGEN)) {
      if (!Files.isExecutable(tool)) {
        missing.add(tool.toString());
      }
    }
    Path sftpServer = SFTP_SERVERS.stream().filter(Files::isExecutable).findFirst().orElse(null);
    if (sftpServer == null) {
      missing.add("sftp-server (one of " + SFTP_SERVERS + ")");
    }
    if (!missing.isEmpty()) {
      String message =
          "OpenSSH is needed for the SSH tests but is missing: "
              + missing
              + " (install openssh-server and openssh-client)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(message + "; CI=true, so this is a failure");
      }
      Assumptions.abort(message);
    }
    return sftpServer;
  }

  private Path hostKey(String type) {
    return dir.resolve("ssh_host_" + type + "_key");
  }

  private void newHostKeys() throws IOException {
    for (String type : List.of("ed25519", "rsa")) {
      Files.deleteIfExists(hostKey(type));
      Files.deleteIfExists(publicKey(hostKey(type)));
      keygen(type, hostKey(type).getFileName().toString());
    }
  }

  private Path keygen(String type, String name) {
    Path key = dir.resolve(name);
    List<String> command =
        new ArrayList<>(List.of(SSH_KEYGEN.toString(), "-q", "-t", type, "-N", ""));
    if (type.equals("rsa")) {
      command.addAll(List.of("-b", "3072"));
    }
    command.addAll(List.of("-C", name, "-f", key.toString()));
    exec(command.toArray(String[]::new));
    return key;
  }

  private void writeForceCommand(Path sftpServer) {
    String quotedHome = ShellQuoting.quote(home.toString());
    String script =
        "#!/bin/sh\n"
            + "cd "
            + quotedHome
            + " || exit 1\n"
            + "HOME="
            + quotedHome
            + "; export HOME\n"
            + "case \"$SSH_ORIGINAL_COMMAND\" in\n"
            + "  internal-sftp*) exec "
            + ShellQuoting.quote(sftpServer.toString())
            + " -d "
            + quotedHome
            + " ;;\n"
            + "esac\n"
            + "exec /bin/sh -c \"$SSH_ORIGINAL_COMMAND\"\n";
    Path file = dir.resolve("force-command");
    write(file, script);
    file.toFile().setExecutable(true);
  }

  private void writeConfig() {
    String config =
        String.join(
            "\n",
            "ListenAddress 127.0.0.1",
            "Port " + port,
            "HostKey " + hostKey("ed25519"),
            "HostKey " + hostKey("rsa"),
            "PidFile " + dir.resolve("sshd.pid"),
            "AuthorizedKeysFile " + authorizedKeys,
            "UsePAM no",
            "StrictModes no",
            "PasswordAuthentication no",
            "KbdInteractiveAuthentication no",
            "PubkeyAuthentication yes",
            "PermitRootLogin prohibit-password",
            "Subsystem sftp internal-sftp",
            "AllowTcpForwarding yes",
            "MaxSessions 32",
            "MaxStartups 64",
            "ForceCommand " + dir.resolve("force-command"),
            "");
    write(dir.resolve("sshd_config"), config);
  }

  private void startOnFreePort() throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      port = freePort();
      try {
        start();
        return;
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  private void start() throws IOException {
    writeConfig();
    if (isRoot()) {
      Files.createDirectories(Path.of("/run/sshd"));
    }
    Path log = dir.resolve("sshd.log");
    process =
        new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    awaitBanner(log);
  }

  private void awaitBanner(Path log) throws IOException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("sshd exited " + process.exitValue() + ":\n" + read(log));
      }
      if (answersBanner()) {
        return;
      }
      pause(50);
    }
    stop();
    throw new IOException("sshd did not answer on port " + port + " within 10 s:\n" + read(log));
  }

  private boolean answersBanner() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(2000);
      InputStream in = socket.getInputStream();
      byte[] banner = in.readNBytes(4);
      return new String(banner, UTF_8).equals("SSH-");
    } catch (IOException e) {
      return false;
    }
  }

  private void stop() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> sessions = sessionProcesses();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    killSessions(sessions);
    process = null;
  }

  private List<ProcessHandle> sessionProcesses() {
    if (process == null) {
      return List.of();
    }
    return process
        .toHandle()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/sshd")).orElse(false))
        .toList();
  }

  private static void killSessions(List<ProcessHandle> sessions) {
    sessions.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle session : sessions) {
      try {
        session.onExit().get(5, TimeUnit.SECONDS);
      } catch (Exception e) {
        // gone already or unkillable: the test that needed it will say so
      }
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static String exec(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
      return output.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
