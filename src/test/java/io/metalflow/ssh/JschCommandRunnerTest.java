package io.metalflow.ssh;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JschCommandRunnerTest {

  @RegisterExtension static OpenSshServerExtension sshd = new OpenSshServerExtension();

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private JschCommandRunner runner;

  @AfterEach
  void closeRunner() {
    if (runner != null) {
      runner.close();
    }
  }

  private JschCommandRunner runner() {
    runner = new JschCommandRunner(sshd.properties());
    return runner;
  }

  @Test
  void commandReportsItsExitCodeAndBothStreams() {
    // When a command writes to both streams and exits 7
    CommandResult result =
        runner().run(List.of("sh", "-c", "echo out; echo err >&2; exit 7"), TIMEOUT);

    // Then the result carries all three
    assertThat(result.exitCode()).isEqualTo(7);
    assertThat(result.stdout()).isEqualTo("out\n");
    assertThat(result.stderr()).isEqualTo("err\n");
    assertThat(result.succeeded()).isFalse();
  }

  @Test
  void hostileArgumentsArriveAsExactlyTheWordsSent() {
    // Given arguments full of shell syntax, quotes, blanks and non-ASCII text
    List<String> hostile =
        List.of(
            "it's",
            "$(touch pwned)",
            "`touch pwned`",
            "a b\tc",
            "*",
            "\"double\"",
            "; touch pwned; #",
            "back\\slash",
            "",
            "'",
            "''\\''",
            "ünïcødé ✓",
            "--",
            "-n");
    var argv = new java.util.ArrayList<>(List.of("printf", "%s\\n"));
    argv.addAll(hostile);

    // When printf prints each argument on its own line
    CommandResult result = runner().run(argv, TIMEOUT);

    // Then every argument came through verbatim and nothing was executed
    assertThat(result.exitCode()).isZero();
    assertThat(result.stdout()).isEqualTo(String.join("\n", hostile) + "\n");
    assertThat(sshd.home().resolve("pwned")).doesNotExist();
  }

  @Test
  void slowCommandTimesOutNamingOnlyItsFirstWord() {
    // Given a command that outlives its timeout
    JschCommandRunner runner = runner();
    long start = System.nanoTime();

    // When it runs with a 300 ms timeout, Then it is cut short with a message that names
    // the command but not its arguments
    assertThatThrownBy(
            () -> runner.run(List.of("sh", "-c", "sleep 5; echo private-name"), ofMillis(300)))
        .isInstanceOf(SshTimeoutException.class)
        .hasMessageContaining("'sh'")
        .hasMessageContaining("300 ms")
        .hasMessageNotContaining("private-name")
        .satisfies(e -> assertThat(((SshException) e).isRetryable()).isTrue());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

    // And the runner still works afterwards
    assertThat(runner.run(List.of("true"), TIMEOUT).exitCode()).isZero();
  }

  @Test
  void uploadCreatesParentsAndAppliesTheModeToNewAndExistingFiles() throws IOException {
    // Given an existing world-readable file at the target path
    JschCommandRunner runner = runner();
    Path target = sshd.home().resolve("deep/er/secret.yaml");
    Files.createDirectories(target.getParent());
    Files.writeString(target, "old");
    runner.run(List.of("chmod", "0644", "deep/er/secret.yaml"), TIMEOUT);

    // When a secret is uploaded there with mode 0600, and a script elsewhere with 0755
    runner.upload("deep/er/secret.yaml", "api-key: s3cr3t\n".getBytes(UTF_8), 0600);
    runner.upload(".metalflow/new/dir/tool", "#!/bin/sh\necho tool\n".getBytes(UTF_8), 0755);

    // Then the server sees the content with exactly those modes, new parents private
    assertThat(stat("deep/er/secret.yaml")).isEqualTo("600");
    assertThat(Files.readString(target)).isEqualTo("api-key: s3cr3t\n");
    assertThat(stat(".metalflow/new/dir/tool")).isEqualTo("755");
    assertThat(stat(".metalflow/new")).isEqualTo("700");
    assertThat(runner.run(List.of(".metalflow/new/dir/tool"), TIMEOUT).stdout())
        .isEqualTo("tool\n");
  }

  @Test
  void uploadToAnAbsolutePathWorks() throws IOException {
    // Given an absolute path outside the home
    Path target = sshd.scratch().resolve("abs/file.txt");

    // When uploading there
    runner().upload(target.toString(), "x".getBytes(UTF_8), 0640);

    // Then it exists with that mode
    assertThat(Files.readString(target)).isEqualTo("x");
    assertThat(stat(target.toString())).isEqualTo("640");
  }

  @Test
  void removeDeletesAFileAndIgnoresOneThatIsGone() throws IOException {
    // Given a file in the home
    Files.writeString(sshd.home().resolve("to-remove"), "x");
    JschCommandRunner runner = runner();

    // When it is removed twice
    runner.remove("to-remove");
    runner.remove("to-remove");

    // Then it is gone and the second removal was no error
    assertThat(sshd.home().resolve("to-remove")).doesNotExist();
  }

  @Test
  void tunnelReachesAnHttpServerBehindTheHostAndStopsWhenClosed() throws Exception {
    // Given an HTTP server on loopback that only the SSH host is meant to reach
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/api/health",
        exchange -> {
          byte[] body = "{\"database\":\"ok\"}".getBytes(UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      // When a tunnel is opened to it and used
      SshTunnel tunnel = runner().openTunnel("127.0.0.1", server.getAddress().getPort());
      HttpResponse<String> response = get(tunnel, "/api/health");

      // Then the answer comes through a loopback port of our own
      assertThat(tunnel.localHost()).isEqualTo("127.0.0.1");
      assertThat(tunnel.localPort()).isNotEqualTo(server.getAddress().getPort());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"database\":\"ok\"}");

      // And after close the local port no longer accepts connections
      tunnel.close();
      assertThatThrownBy(() -> new Socket("127.0.0.1", tunnel.localPort()).close())
          .isInstanceOf(ConnectException.class);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unknownHostKeyIsRefusedNamingTheOfferedFingerprint() throws IOException {
    // Given a known_hosts file that does not list the server
    Path empty = Files.writeString(sshd.scratch().resolve("known_hosts_empty"), "");
    runner = new JschCommandRunner(sshd.properties(clientKey(), empty, 1));

    // When connecting, Then the key is refused with what an operator needs to check it
    assertThatThrownBy(() -> runner.run(List.of("true"), TIMEOUT))
        .isInstanceOf(SshHostKeyException.class)
        .hasMessageContaining("127.0.0.1:" + sshd.port())
        .hasMessageContaining("ssh-ed25519 " + sshd.hostKeyFingerprint("ed25519"))
        .hasMessageContaining("is not known")
        .hasMessageContaining(empty.toString())
        .satisfies(e -> assertThat(((SshException) e).isRetryable()).isFalse());
  }

  @Test
  void knownHostsListingOnlyTheRsaKeyMakesTheRunnerNegotiateRsa() {
    // Given a known_hosts file that lists only the server's RSA key (it also has ed25519)
    Path rsaOnly = sshd.writeKnownHosts(sshd.scratch().resolve("known_hosts_rsa"), "rsa");
    runner = new JschCommandRunner(sshd.properties(clientKey(), rsaOnly, 1));

    // When running a command, Then the RSA host key is negotiated and verified
    assertThat(runner.run(List.of("true"), TIMEOUT).exitCode()).isZero();
  }

  @Test
  void keyTheServerDoesNotKnowIsAnAuthenticationFailure() {
    // Given a client key that is not in authorized_keys
    Path stranger = sshd.newClientKey("ed25519");
    runner = new JschCommandRunner(sshd.properties(stranger, sshd.knownHosts(), 1));

    // When connecting, Then the refusal is typed and not retryable
    assertThatThrownBy(() -> runner.run(List.of("true"), TIMEOUT))
        .isInstanceOf(SshAuthenticationException.class)
        .hasMessageContaining("refused the key")
        .satisfies(e -> assertThat(((SshException) e).isRetryable()).isFalse());
  }

  @Test
  void rsaKeyMadeBySshKeygenAuthenticates() throws IOException {
    // Given an authorized RSA key in OpenSSH format
    Path rsa = sshd.newClientKey("rsa");
    sshd.authorize(Files.readString(OpenSshServerExtension.publicKey(rsa)));
    runner = new JschCommandRunner(sshd.properties(rsa, sshd.knownHosts(), 1));

    // When running a command, Then it logs in
    assertThat(runner.run(List.of("echo", "rsa"), TIMEOUT).stdout()).isEqualTo("rsa\n");
  }

  @Test
  void missingPrivateKeyFileIsAClearNonRetryableError() {
    // Given a key path that does not exist
    Path missing = sshd.scratch().resolve("no-such-key");
    runner = new JschCommandRunner(sshd.properties(missing, sshd.knownHosts(), 1));

    // When connecting, Then the message names the file
    assertThatThrownBy(() -> runner.run(List.of("true"), TIMEOUT))
        .isInstanceOf(SshAuthenticationException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void connectionRefusedIsRetryable() throws IOException {
    // Given a port nothing listens on
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    SshProperties base = sshd.properties();
    runner =
        new JschCommandRunner(
            new SshProperties(
                base.host(),
                closedPort,
                base.user(),
                base.privateKeyFile(),
                base.knownHostsFile(),
                base.connectTimeout(),
                base.commandTimeout(),
                1));

    // When connecting, Then the failure is a retryable SshException naming the address
    assertThatThrownBy(() -> runner.run(List.of("true"), TIMEOUT))
        .isExactlyInstanceOf(SshException.class)
        .hasMessageContaining("127.0.0.1:" + closedPort)
        .satisfies(e -> assertThat(((SshException) e).isRetryable()).isTrue());
  }

  @Test
  void droppedConnectionIsReopenedTransparentlyForTheNextCall() {
    // Given a runner with one pooled session that has served a call
    runner = new JschCommandRunner(sshd.properties(1));
    String before = clientEndpoint(runner);

    // When the server drops every connection
    sshd.dropConnections();

    // Then the next call succeeds over a new connection
    String after = clientEndpoint(runner);
    assertThat(after).isNotEqualTo(before);
    assertThat(runner.connectedSessions()).isEqualTo(1);
  }

  @Test
  void concurrentCallsShareAtMostPoolSizeSessions() throws Exception {
    // Given a runner with a pool of two sessions
    runner = new JschCommandRunner(sshd.properties(2));
    ExecutorService threads = Executors.newFixedThreadPool(6);
    try {
      // When twelve calls run from six threads at once
      List<Future<String>> calls =
          java.util.stream.IntStream.range(0, 12)
              .mapToObj(i -> threads.submit(() -> clientEndpoint(runner)))
              .toList();
      Set<String> endpoints = new HashSet<>();
      for (Future<String> call : calls) {
        endpoints.add(call.get());
      }

      // Then all succeeded over no more than two SSH connections, both reused
      assertThat(endpoints).hasSizeBetween(1, 2);
      assertThat(runner.connectedSessions()).isBetween(1, 2);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void runnerRefusesEmptyArgvBeforeConnecting() {
    assertThatThrownBy(() -> runner().run(List.of(), TIMEOUT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The client side of the SSH connection as the server sees it ("ip port"). */
  private static String clientEndpoint(JschCommandRunner runner) {
    CommandResult result =
        runner.run(List.of("sh", "-c", "sleep 0.05; echo $SSH_CONNECTION"), TIMEOUT);
    String[] parts = result.stdout().strip().split(" ");
    return parts[0] + " " + parts[1];
  }

  private String stat(String path) {
    return runner.run(List.of("stat", "-c", "%a", path), TIMEOUT).stdout().strip();
  }

  private static Path clientKey() {
    return sshd.properties().privateKeyFile();
  }

  private static Duration ofMillis(long millis) {
    return Duration.ofMillis(millis);
  }

  private static HttpResponse<String> get(SshTunnel tunnel, String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI uri = URI.create("http://" + tunnel.localHost() + ":" + tunnel.localPort() + path);
    return client.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
