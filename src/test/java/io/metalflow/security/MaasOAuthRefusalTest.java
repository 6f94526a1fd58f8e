package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.MaasApiKey;
import io.metalflow.maas.MaasAuthenticationException;
import io.metalflow.maas.MaasProperties;
import io.metalflow.maas.OkHttpMaasClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lab's MAAS refuses bad OAuth the way MAAS does (reference §2.3), and Metalflow's client turns
 * each refusal into an exception that carries MAAS's text but no part of any key.
 */
class MaasOAuthRefusalTest {

  private static final String WHOAMI = "/api/2.0/users/?op=whoami";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dataDir;
  private MaasSimulator maas;
  private MaasApiKey key;

  @BeforeEach
  void startMaas() {
    maas = MaasSimulator.start(MaasLabSettings.zeroDelay().withDataDir(dataDir));
    key = MaasApiKey.parse(maas.apiKey());
  }

  @AfterEach
  void stopMaas() {
    maas.close();
  }

  @Test
  void aWrongTokenSecretIs401InvalidSignatureWithNoKeyPartInTheException() {
    String wrongSecret = "Wr0ngSecretWr0ngSecretWr0ngSecre";
    String wrong = key.consumerKey() + ":" + key.tokenKey() + ":" + wrongSecret;

    var refused =
        catchThrowableOfType(MaasAuthenticationException.class, () -> client(wrong).whoami());

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.body()).isEqualTo("Authorization Error: 'Invalid signature.'");
    assertThat(refused.getMessage()).contains("answered 401: Authorization Error");
    assertThat(List.of(key.consumerKey(), key.tokenKey(), key.tokenSecret(), wrongSecret))
        .noneMatch(part -> String.valueOf(refused).contains(part))
        .noneMatch(part -> refused.body().contains(part));
  }

  @Test
  void anUnknownConsumerKeyIs401InvalidApiKey() {
    String wrong = "Unkn0wnConsumerKey:" + key.tokenKey() + ":" + key.tokenSecret();

    var refused =
        catchThrowableOfType(MaasAuthenticationException.class, () -> client(wrong).whoami());

    assertThat(refused.body()).isEqualTo("Authorization Error: Invalid API key.");
    assertThat(String.valueOf(refused)).doesNotContain(key.tokenSecret(), "Unkn0wnConsumerKey");
  }

  @Test
  void aHeaderThatIsNotOAuthIsAnAnonymousRequest() throws Exception {
    HttpResponse<String> reply = send(WHOAMI, "Basic YWRtaW46YWRtaW4=");

    assertThat(reply.statusCode()).isEqualTo(401);
    assertThat(reply.body()).isEqualTo("Forbidden");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "OAuth garbage",
        "OAuth ,,,,",
        "OAuth oauth_consumer_key=\"x\"",
        "OAuth realm=\"MAAS API\", oauth_token=\"t\", oauth_signature=\"%26s\""
      })
  void anOAuthHeaderMissingParametersIs400BadRequest(String header) throws Exception {
    HttpResponse<String> reply = send(WHOAMI, header);

    assertThat(reply.statusCode()).isEqualTo(400);
    assertThat(reply.body()).startsWith("'Bad Request: Parameter not found: oauth_");
  }

  @Test
  void aCompleteHeaderWithABadTimestampOrSignatureIs401() throws Exception {
    long now = Instant.now().getEpochSecond();
    HttpResponse<String> badTimestamp =
        send(WHOAMI, header("%26" + key.tokenSecret(), "soon", "n1"));
    HttpResponse<String> expired =
        send(WHOAMI, header("%26" + key.tokenSecret(), String.valueOf(now - 3600), "n2"));
    HttpResponse<String> badSignature = send(WHOAMI, header("%26nope", String.valueOf(now), "n3"));

    assertThat(badTimestamp.statusCode()).isEqualTo(401);
    assertThat(badTimestamp.body()).isEqualTo("Authorization Error: 'Invalid timestamp: soon'");
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.body()).startsWith("Authorization Error: 'Expired timestamp: given ");
    assertThat(badSignature.statusCode()).isEqualTo(401);
    assertThat(badSignature.body()).isEqualTo("Authorization Error: 'Invalid signature.'");
    assertThat(badSignature.headers().firstValue("WWW-Authenticate"))
        .contains("OAuth realm=\"MAAS API\"");
    assertThat(List.of(badTimestamp, expired, badSignature))
        .noneMatch(reply -> reply.body().contains(key.tokenSecret()));
  }

  @Test
  void aMalformedKeyIsRefusedBeforeAnyRequestWithoutShowingIt() {
    Throwable invalid = catchThrowable(() -> client("only-two:parts-here").whoami());

    assertThat(invalid).hasStackTraceContaining("expected three non-empty parts");
    assertThat(stackTrace(invalid)).doesNotContain("only-two", "parts-here");
    assertThat(maas.operations()).isEmpty();
  }

  @Test
  void theRightKeyIsAccepted() {
    assertThat(client(maas.apiKey()).whoami().username()).isEqualTo("admin");
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  private String header(String signature, String timestamp, String nonce) {
    return "OAuth realm=\"MAAS API\", oauth_consumer_key=\""
        + key.consumerKey()
        + "\", oauth_token=\""
        + key.tokenKey()
        + "\", oauth_signature_method=\"PLAINTEXT\", oauth_signature=\""
        + signature
        + "\", oauth_timestamp=\""
        + timestamp
        + "\", oauth_nonce=\""
        + nonce
        + "\", oauth_version=\"1.0\"";
  }

  private HttpResponse<String> send(String path, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(maas.url() + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private MaasProperties properties(String apiKey) {
    return new MaasProperties(
        maas.url(), apiKey, null, null, null, null, 0, null, null, false, null);
  }

  private OkHttpMaasClient client(String apiKey) {
    return OkHttpMaasClient.create(properties(apiKey));
  }
}
