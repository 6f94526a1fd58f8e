package io.metalflow.maas;

import static io.metalflow.maas.MaasClientFixture.json;
import static io.metalflow.maas.MaasClientFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class MaasHealthIndicatorTest {

  private MaasClientFixture maas;
  private MaasHealthIndicator indicator;
  private String url;

  @BeforeEach
  void startMaas() {
    maas = MaasClientFixture.start();
    url = MaasEndpoint.display(maas.properties.url());
    indicator = new MaasHealthIndicator(maas.client, url);
  }

  @AfterEach
  void stopMaas() {
    maas.close();
  }

  @Test
  void upWhenMaasAnswersVersionAndAcceptsTheKey() {
    maas.server.enqueue(json("version.json"));
    maas.server.enqueue(json("whoami.json"));

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .isEqualTo(Map.of("url", url, "version", "3.4.2", "user", "admin"));
    assertThat(maas.take().getTarget()).isEqualTo("/MAAS/api/2.0/version/");
    assertThat(maas.take().getTarget()).isEqualTo("/MAAS/api/2.0/users/?op=whoami");
  }

  @Test
  void downWithTheExceptionAndMaasStatusWhenTheKeyIsRefused() {
    maas.server.enqueue(json("version.json"));
    maas.server.enqueue(
        text(
            401,
            "Authorization Error: 'Invalid access token: " + MaasClientFixture.TOKEN_KEY + "'"));

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("url", url)
        .containsEntry("version", "3.4.2")
        .containsEntry("error", "MaasAuthenticationException")
        .containsEntry("status", 401)
        .containsEntry(
            "message",
            "MAAS GET users/?op=whoami answered 401: Authorization Error: 'Invalid access token:"
                + " ****'");
    assertThat(health.toString())
        .doesNotContain(MaasClientFixture.TOKEN_KEY)
        .doesNotContain(MaasClientFixture.TOKEN_SECRET)
        .doesNotContain(MaasClientFixture.CONSUMER_KEY);
  }

  @Test
  void downWhenMaasIsUnavailableAfterRetries() {
    for (int i = 0; i < 5; i++) {
      maas.server.enqueue(text(503, "No rack controllers available."));
    }

    Health health = indicator.health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("error", "MaasUnavailableException")
        .containsEntry("status", 503)
        .doesNotContainKey("version");
  }

  @Test
  void downNamingTheKeyFileWhenItIsMissing(@TempDir Path dir) {
    Path file = dir.resolve("maas-api-key");
    MaasApiKeySource keys = new MaasApiKeySource(null, file);
    var client =
        new OkHttpMaasClient(
            MaasHttpClients.create(maas.properties, keys, Clock.systemUTC(), () -> "n", d -> {}),
            MaasEndpoint.apiRoot(maas.properties),
            keys);

    Health health = new MaasHealthIndicator(client, url).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("error", "IllegalStateException")
        .hasEntrySatisfying("message", m -> assertThat((String) m).contains("key file " + file));
  }
}
