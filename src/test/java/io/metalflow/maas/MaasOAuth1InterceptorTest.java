package io.metalflow.maas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaasOAuth1InterceptorTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.ofEpochSecond(1_764_187_200L), ZoneOffset.UTC);

  @Test
  void headerIsExactlyTheOneMaasClientsSend() {
    var interceptor =
        new MaasOAuth1Interceptor(
            new MaasApiKeySource(MaasClientFixture.KEY, null), CLOCK, () -> "4f1c0d8a");

    String header = interceptor.authorization(MaasApiKey.parse(MaasClientFixture.KEY));

    assertThat(header)
        .isEqualTo(
            "OAuth realm=\"MAAS API\", oauth_consumer_key=\"Hq7wZ3mKx9PdLsT2aB\","
                + " oauth_token=\"Rf4yUe8NcV1jQk6WzX\", oauth_signature_method=\"PLAINTEXT\","
                + " oauth_signature=\"%26pL3sD9fG2hJ5kM8nB1vC4xZ7qW0eR6tY\","
                + " oauth_timestamp=\"1764187200\", oauth_nonce=\"4f1c0d8a\","
                + " oauth_version=\"1.0\"");
  }

  @Test
  void randomNoncesAre16BytesOfHexAndDiffer() {
    var nonces = MaasOAuth1Interceptor.randomNonces();

    String first = nonces.get();
    String second = nonces.get();

    assertThat(first).matches("[0-9a-f]{32}");
    assertThat(second).matches("[0-9a-f]{32}").isNotEqualTo(first);
  }

  @Test
  void aMissingKeyFileStopsTheRequestWithTheFileNamed(@TempDir Path dir) {
    Path file = dir.resolve("maas-api-key");
    var keys = new MaasApiKeySource(null, file);
    try (MaasClientFixture maas = MaasClientFixture.start()) {
      var client =
          new OkHttpMaasClient(
              MaasHttpClients.create(maas.properties, keys, CLOCK, () -> "n", d -> {}),
              MaasEndpoint.apiRoot(maas.properties),
              keys);

      assertThatThrownBy(client::whoami)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the MAAS API key file " + file + " does not exist");
      assertThat(maas.server.getRequestCount()).isZero();
    }
  }
}
