package io.metalflow.maas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaasEndpointTest {

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:5240/MAAS, http://127.0.0.1:5240/MAAS/api/2.0/",
    "http://127.0.0.1:5240/MAAS/, http://127.0.0.1:5240/MAAS/api/2.0/",
    "http://localhost:5240/MAAS, http://localhost:5240/MAAS/api/2.0/",
    "http://[::1]:5240/MAAS, http://[::1]:5240/MAAS/api/2.0/",
    "http://127.77.0.11:5240/MAAS, http://127.77.0.11:5240/MAAS/api/2.0/",
    "https://maas.lab.example/MAAS, https://maas.lab.example/MAAS/api/2.0/",
    "http://127.0.0.1:5240/, http://127.0.0.1:5240/api/2.0/",
  })
  void theApiRootIsTheUrlPlusApi20(String url, String apiRoot) {
    assertThat(MaasEndpoint.apiRoot(MaasProperties.of(URI.create(url), null)).toString())
        .isEqualTo(apiRoot);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://10.20.0.2:5240/MAAS",
        "http://192.168.1.10:5240/MAAS",
        "http://maas:5240/MAAS",
        "http://127.0.0.1.nip.io:5240/MAAS",
        "http://localhost.lab.example:5240/MAAS",
        "http://[fe80::1]:5240/MAAS"
      })
  void plainHttpToAHostThatIsNotLoopbackIsRefused(String url) {
    assertThatThrownBy(() -> MaasEndpoint.apiRoot(MaasProperties.of(URI.create(url), null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clear text")
        .hasMessageContaining("metalflow.maas.allow-insecure-http=true");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://127.0.0.1/MAAS", "localhost:5240/MAAS"})
  void anUrlThatIsNoHttpUrlIsRefused(String url) {
    assertThatThrownBy(() -> MaasEndpoint.apiRoot(MaasProperties.of(URI.create(url), null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be an http:// or https:// URL");
  }

  @ParameterizedTest
  @CsvSource({
    "http://admin:hunter2@127.0.0.1:5240/MAAS, http://127.0.0.1:5240/MAAS",
    "https://maas.lab.example/MAAS?x=1, https://maas.lab.example/MAAS"
  })
  void theDisplayedUrlHasNoCredentials(String url, String shown) {
    assertThat(MaasEndpoint.display(URI.create(url))).isEqualTo(shown);
  }
}
