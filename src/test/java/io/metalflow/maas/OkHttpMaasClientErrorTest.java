package io.metalflow.maas;

import static io.metalflow.maas.MaasClientFixture.json;
import static io.metalflow.maas.MaasClientFixture.oauthParams;
import static io.metalflow.maas.MaasClientFixture.resource;
import static io.metalflow.maas.MaasClientFixture.text;
import static io.metalflow.maas.MaasClientFixture.withRetryAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How {@link OkHttpMaasClient} turns MAAS's error answers into exceptions and retries. */
class OkHttpMaasClientErrorTest {

  private MaasClientFixture maas;

  @BeforeEach
  void startMaas() {
    maas = MaasClientFixture.start();
  }

  @AfterEach
  void stopMaas() {
    maas.close();
  }

  @Test
  void validationErrorIs400WithTheFieldErrors() {
    maas.server.enqueue(json(400, resource("bad-request-unknown-tag.json")));

    var e =
        catchThrowableOfType(
            MaasBadRequestException.class,
            () -> maas.client.allocate(AllocateRequest.withTags(List.of("gpu"), null, null)));

    assertThat(e.status()).isEqualTo(400);
    assertThat(e.operation()).isEqualTo("POST machines/?op=allocate");
    assertThat(e.fieldErrors()).isEqualTo(Map.of("tags", List.of("No such tag(s): 'gpu'.")));
    assertThat(e.getMessage())
        .isEqualTo(
            "MAAS POST machines/?op=allocate answered 400: {\"tags\": [\"No such tag(s): 'gpu'.\"]}");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void plainText400KeepsTheTextAndHasNoFieldErrors() {
    maas.server.enqueue(text(400, "Unrecognised signature: method=GET op=foo"));

    var e = catchThrowableOfType(MaasBadRequestException.class, () -> maas.client.whoami());

    assertThat(e.fieldErrors()).isEmpty();
    assertThat(e.body()).isEqualTo("Unrecognised signature: method=GET op=foo");
    assertThat(e.getMessage())
        .isEqualTo(
            "MAAS GET users/?op=whoami answered 400: Unrecognised signature: method=GET op=foo");
  }

  @Test
  void refusedCredentialsAre401() {
    maas.server.enqueue(text(401, "Authorization Error: Invalid API key."));

    var e = catchThrowableOfType(MaasAuthenticationException.class, () -> maas.client.whoami());

    assertThat(e.status()).isEqualTo(401);
    assertThat(e.body()).isEqualTo("Authorization Error: Invalid API key.");
    assertThat(e.isRetryable()).isFalse();
  }

  @Test
  void aMaasBodyQuotingPartOfTheKeyIsRedacted() {
    maas.server.enqueue(
        text(
            401,
            "Authorization Error: 'Invalid access token: " + MaasClientFixture.TOKEN_KEY + "'"));

    var e = catchThrowableOfType(MaasAuthenticationException.class, () -> maas.client.whoami());

    assertThat(e.getMessage())
        .isEqualTo(
            "MAAS GET users/?op=whoami answered 401:"
                + " Authorization Error: 'Invalid access token: ****'")
        .doesNotContain(MaasClientFixture.TOKEN_KEY);
  }

  @Test
  void forbiddenIs403() {
    maas.server.enqueue(text(403, "This method is reserved for admin users."));

    var e =
        catchThrowableOfType(MaasPermissionException.class, () -> maas.client.commission("4y3ha3"));

    assertThat(e.operation()).isEqualTo("POST machines/4y3ha3/?op=commission");
    assertThat(e.body()).isEqualTo("This method is reserved for admin users.");
  }

  @Test
  void unknownMachineIs404() {
    maas.server.enqueue(text(404, "No Machine matches the given query."));

    var e = catchThrowableOfType(MaasNotFoundException.class, () -> maas.client.machine("xxxxxx"));

    assertThat(e.getMessage())
        .isEqualTo("MAAS GET machines/xxxxxx/ answered 404: No Machine matches the given query.");
  }

  @Test
  void stateConflictIs409AndNotRetried() {
    maas.server.enqueue(text(409, "Can't deploy a machine that is in the 'Deployed' state"));

    var e =
        catchThrowableOfType(
            MaasConflictException.class,
            () -> maas.client.deploy("tdgqkw", DeployRequest.of("jammy")));

    assertThat(e.body()).isEqualTo("Can't deploy a machine that is in the 'Deployed' state");
    assertThat(e.isRetryable()).isFalse();
    assertThat(maas.server.getRequestCount()).isEqualTo(1);
    assertThat(maas.sleeps).isEmpty();
  }

  @Test
  void noMachineMatchingIs409WithMaasText() {
    String noMatch =
        "No available machine matches constraints: [('agent_name', ['m1']), ('tags', ['juju'])]"
            + " (resolved to \"tags=juju\")";
    maas.server.enqueue(text(409, noMatch));

    var e =
        catchThrowableOfType(
            MaasConflictException.class,
            () -> maas.client.allocate(AllocateRequest.withTags(List.of("juju"), "m1", null)));

    assertThat(e.getMessage())
        .isEqualTo("MAAS POST machines/?op=allocate answered 409: " + noMatch);
  }

  @Test
  void a409WithRetryAfterIsRetriedAfterThatWait() {
    maas.server.enqueue(withRetryAfter(text(409, "<html>database busy</html>"), "5"));
    maas.server.enqueue(json("machine-allocated.json"));

    Machine machine =
        maas.client.allocate(AllocateRequest.withTags(List.of("juju"), "model-1", null));

    assertThat(machine.systemId()).isEqualTo("8dgry3");
    assertThat(maas.sleeps).containsExactly(Duration.ofSeconds(5));
    assertThat(maas.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void a503WithRetryAfterIsRetriedAndEachAttemptIsSignedAfresh() {
    maas.server.enqueue(withRetryAfter(text(503, "No rack controllers available."), "2"));
    maas.server.enqueue(json("machines.json"));

    List<Machine> machines = maas.client.machines(MachineQuery.all());

    assertThat(machines).hasSize(2);
    assertThat(maas.sleeps).containsExactly(Duration.ofSeconds(2));
    assertThat(oauthParams(maas.take())).containsEntry("oauth_nonce", "nonce-1");
    assertThat(oauthParams(maas.take())).containsEntry("oauth_nonce", "nonce-2");
  }

  @Test
  void aLongRetryAfterIsCappedAndAMissingOneUsesTheBackoff() {
    maas.server.enqueue(withRetryAfter(text(503, "busy"), "600"));
    maas.server.enqueue(text(503, "No rack controllers can access the BMC of node server1"));
    maas.server.enqueue(withRetryAfter(text(503, "busy"), "Wed, 26 Nov 2025 20:00:00 GMT"));
    maas.server.enqueue(json("machine-ready.json"));

    maas.client.machine("4y3ha3");

    assertThat(maas.sleeps)
        .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void after4RetriesThe503IsThrownAsRetryableUnavailable() {
    for (int i = 0; i < 5; i++) {
      maas.server.enqueue(withRetryAfter(text(503, "No rack controllers available."), "3"));
    }
    maas.server.enqueue(json("machine-ready.json"));

    var e =
        catchThrowableOfType(
            MaasUnavailableException.class, () -> maas.client.release("4y3ha3", null));

    assertThat(maas.server.getRequestCount()).isEqualTo(5);
    assertThat(maas.sleeps).hasSize(4);
    assertThat(e.status()).isEqualTo(503);
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getMessage())
        .isEqualTo(
            "MAAS POST machines/4y3ha3/?op=release answered 503: No rack controllers available.");
  }

  @Test
  void a409WithRetryAfterThatStaysIsThrownAsRetryableUnavailable() {
    for (int i = 0; i < 5; i++) {
      maas.server.enqueue(withRetryAfter(text(409, "serialization failure"), "5"));
    }

    var e =
        catchThrowableOfType(
            MaasUnavailableException.class,
            () -> maas.client.allocate(AllocateRequest.withTags(List.of("juju"), null, null)));

    assertThat(e.status()).isEqualTo(409);
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void otherServerErrorsAreRetryableServerExceptionsWithoutClientRetry() {
    maas.server.enqueue(text(500, "ValueError: invalid literal for int()"));
    maas.server.enqueue(text(504, "Timed out waiting for the rack controller"));

    var e500 = catchThrowableOfType(MaasServerException.class, () -> maas.client.tags());
    var e504 = catchThrowableOfType(MaasServerException.class, () -> maas.client.tags());

    assertThat(e500.status()).isEqualTo(500);
    assertThat(e504.status()).isEqualTo(504);
    assertThat(e500.isRetryable()).isTrue();
    assertThat(maas.sleeps).isEmpty();
  }

  @Test
  void aRedirectIsNotFollowedButReported() {
    maas.server.enqueue(
        new MockResponse.Builder()
            .code(301)
            .setHeader("Location", "/MAAS/api/2.0/machines/")
            .build());

    var e = catchThrowableOfType(MaasException.class, () -> maas.client.tags());

    assertThat(e.status()).isEqualTo(301);
    assertThat(maas.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionOnGetIsRetried() {
    maas.server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    maas.server.enqueue(json("version.json"));

    MaasVersion version = maas.client.version();

    assertThat(version.version()).isEqualTo("3.4.2");
    assertThat(maas.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aDroppedConnectionOnPostIsNotRetriedByTheClient() {
    maas.server.enqueue(
        new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
    maas.server.enqueue(json("machine-allocated.json"));

    var e =
        catchThrowableOfType(
            MaasTransportException.class,
            () -> maas.client.allocate(AllocateRequest.withTags(List.of("juju"), null, null)));

    assertThat(e.operation()).isEqualTo("POST machines/?op=allocate");
    assertThat(e.isRetryable()).isTrue();
    assertThat(maas.sleeps).isEmpty();
  }

  @Test
  void noServerListeningIsARetryableTransportFailureAfterTheRetries() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closedPort = socket.getLocalPort();
    }
    maas.connect(
        URI.create("http://127.0.0.1:" + closedPort + "/MAAS"), HttpLoggingInterceptor.Level.BASIC);

    var e = catchThrowableOfType(MaasTransportException.class, () -> maas.client.version());

    assertThat(e.status()).isZero();
    assertThat(e.isRetryable()).isTrue();
    assertThat(e.getMessage()).startsWith("MAAS GET version/ failed: ConnectException");
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(maas.sleeps).hasSize(4);
  }
}
