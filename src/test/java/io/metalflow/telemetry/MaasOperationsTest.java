package io.metalflow.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaasOperationsTest {

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:5240/MAAS/api/2.0/machines/, machines/",
    "http://127.0.0.1:5240/MAAS/api/2.0/machines/?hostname=server1&tags=juju, machines/",
    "http://127.0.0.1:5240/MAAS/api/2.0/machines/?op=allocate, machines/?op=allocate",
    "http://127.0.0.1:5240/MAAS/api/2.0/machines/4y3h7n/?op=deploy, machines/{id}/?op=deploy",
    "http://127.0.0.1:5240/MAAS/api/2.0/tags/juju/?op=update_nodes, tags/{id}/?op=update_nodes",
    "http://127.0.0.1:5240/MAAS/api/2.0/users/?op=whoami, users/?op=whoami",
    "http://127.0.0.1:5240/MAAS/api/2.0/version/, version/",
    "https://maas.example/MAAS/api/2.0/nodes/abc/blockdevices/7/, nodes/{id}/blockdevices/{id}/",
    "http://127.0.0.1:5240/MAAS/api/2.0/machines/?op=Robert%27);DROP, machines/?op=other",
    "http://127.0.0.1:5240/MAAS/api/2.0/A%20B/, {other}/",
    "http://127.0.0.1:5240/MAAS/other/path/, unknown"
  })
  void templatesKeepCollectionsAndOpsAndHideEverythingElse(String url, String template) {
    assertThat(MaasOperations.template(HttpUrl.get(url))).isEqualTo(template);
  }
}
