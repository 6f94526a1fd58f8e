package io.metalflow.lab.maas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator's answers, field by field, against the shapes of reference/maas-api.md. */
class MaasSimulatorContractTest {

  private static final String JSON = "application/json; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";

  private static MaasSimulator simulator;
  private static MaasHttp maas;

  @BeforeAll
  static void startLab() {
    simulator = MaasSimulator.start(MaasLabSettings.zeroDelay());
    maas = new MaasHttp(simulator);
  }

  @AfterAll
  static void stopLab() {
    simulator.close();
  }

  @BeforeEach
  void resetLab() {
    simulator.reset();
  }

  @Test
  void versionIsAnonymousAndCarriesTheThreeKeysGomaasapiRequires() {
    MaasHttp.Reply reply = maas.getWith("version/", null);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo(JSON);
    assertThat(reply.header("X-MAAS-API-Hash")).isNotBlank();
    JsonNode json = reply.json();
    assertThat(names(json.get("capabilities")))
        .contains("network-deployment-ubuntu", "authenticate-api", "networks-management");
    assertThat(json.get("version").asText()).matches("3\\.\\d+\\.\\d+");
    assertThat(json.get("subversion").asText()).isEmpty();
  }

  @Test
  void apiVersionPathAnswersTwoPointOhAndTheOldApiIsGone() {
    MaasHttp.Reply version = maas.getRaw("api/version/", null);
    MaasHttp.Reply old = maas.getRaw("api/1.0/machines/", null);

    assertThat(version.status()).isEqualTo(200);
    assertThat(version.body()).isEqualTo("2.0");
    assertThat(old.status()).isEqualTo(410);
    assertThat(old.contentType()).isEqualTo(TEXT);
    assertThat(old.body())
        .isEqualTo("The 1.0 API is no longer available. Please use API version 2.0.");
  }

  @Test
  void whoamiNamesTheLabSuperuser() {
    MaasHttp.Reply reply = maas.get("users/?op=whoami");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.map())
        .containsEntry("username", "admin")
        .containsEntry("is_superuser", true)
        .containsEntry("is_local", true)
        .containsEntry("email", "admin@example.com")
        .containsEntry("resource_uri", "/MAAS/api/2.0/users/admin/");
  }

  @Test
  void machineJsonHasEveryFieldWithMaasTypesAndNeverTheAgentName() {
    String id = simulator.machines().byHostname("server2").orElseThrow().systemId();

    MaasHttp.Reply reply = maas.get("machines/" + id + "/");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo(JSON);
    JsonNode m = reply.json();
    assertThat(m.get("system_id").asText()).matches("[34678abcdefghkmnpqrstwxy]{6}").isEqualTo(id);
    assertThat(m.get("hostname").asText()).isEqualTo("server2");
    assertThat(m.get("fqdn").asText()).isEqualTo("server2.maas");
    assertThat(m.get("status").isInt()).isTrue();
    assertThat(m.get("status").asInt()).isEqualTo(4);
    assertThat(m.get("status_name").asText()).isEqualTo("Ready");
    assertThat(m.get("status_message").asText()).isEqualTo("Ready");
    assertThat(m.get("owner").isNull()).isTrue();
    assertThat(m.get("owner_data").isObject()).isTrue();
    assertThat(m.get("workload_annotations").isObject()).isTrue();
    assertThat(m.get("cpu_count").asInt()).isEqualTo(4);
    assertThat(m.get("memory").isIntegralNumber()).isTrue();
    assertThat(m.get("memory").asLong()).isEqualTo(16384);
    assertThat(m.get("storage").isFloatingPointNumber()).isTrue();
    assertThat(m.get("architecture").asText()).isEqualTo("amd64/generic");
    assertThat(m.get("power_state").asText()).isEqualTo("off");
    assertThat(m.get("power_type").asText()).isIn("ipmi", "manual");
    assertThat(m.get("osystem").asText()).isEmpty();
    assertThat(m.get("distro_series").asText()).isEmpty();
    assertThat(m.get("tag_names").isArray()).isTrue();
    assertThat(m.get("ip_addresses")).isEmpty();
    assertThat(m.get("netboot").asBoolean()).isTrue();
    assertThat(m.get("locked").isBoolean()).isTrue();
    assertThat(m.get("node_type").asInt()).isZero();
    assertThat(m.get("resource_uri").asText()).isEqualTo("/MAAS/api/2.0/machines/" + id + "/");
    assertThat(m.has("agent_name")).isFalse();
    assertThat(m.has("constraints_by_type")).isFalse();
    assertThat(m.get("zone").get("name").asText()).isEqualTo("default");
    assertThat(fields(m.get("zone"))).contains("name", "description", "id", "resource_uri");
    assertThat(m.get("pool").get("name").asText()).isEqualTo("default");
    assertThat(m.get("pool").get("resource_uri").asText())
        .isEqualTo("/MAAS/api/2.0/resourcepool/0/");
    assertThat(fields(m.get("domain")))
        .contains(
            "authoritative",
            "ttl",
            "name",
            "id",
            "is_default",
            "resource_record_count",
            "resource_uri");
    assertThat(m.get("hardware_info").size()).isEqualTo(18);
    assertThat(m.get("hardware_info").get("cpu_model").asText()).contains("Intel");
    assertThat(m.get("numanode_set").get(0).get("cores")).hasSize(4);
    assertThat(m.get("commissioning_status").asInt()).isEqualTo(2);
    assertThat(m.get("commissioning_status_name").asText()).isEqualTo("Passed");
    assertThat(m.get("testing_status_name").asText()).isEqualTo("Passed");
    assertThat(m.get("current_commissioning_result_id").isInt()).isTrue();
    assertThat(m.get("current_installation_result_id").isNull()).isTrue();
  }

  @Test
  void interfacesCarryVlanAndAnAutoLinkWithoutAddressBeforeDeploy() {
    JsonNode m = maas.get("machines/" + systemId("server1") + "/").json();

    JsonNode nic = m.get("interface_set").get(0);
    assertThat(m.get("boot_interface").get("id")).isEqualTo(nic.get("id"));
    assertThat(fields(nic))
        .contains(
            "resource_uri",
            "id",
            "name",
            "type",
            "enabled",
            "tags",
            "vlan",
            "links",
            "mac_address",
            "effective_mtu",
            "parents",
            "children");
    assertThat(nic.get("type").asText()).isEqualTo("physical");
    assertThat(nic.get("mac_address").asText()).matches("([0-9a-f]{2}:){5}[0-9a-f]{2}");
    assertThat(fields(nic.get("vlan")))
        .contains(
            "id",
            "resource_uri",
            "name",
            "fabric",
            "vid",
            "mtu",
            "dhcp_on",
            "primary_rack",
            "secondary_rack");
    JsonNode link = nic.get("links").get(0);
    assertThat(link.get("mode").asText()).isEqualTo("auto");
    assertThat(link.has("ip_address")).isFalse();
    assertThat(link.get("subnet").get("cidr").asText()).isEqualTo("127.77.0.0/24");
    assertThat(fields(link.get("subnet")))
        .contains(
            "resource_uri", "id", "name", "space", "gateway_ip", "cidr", "vlan", "dns_servers");
  }

  @Test
  void blockDevicesCarryTheFieldsGomaasapiRequires() {
    JsonNode m = maas.get("machines/" + systemId("server3") + "/").json();

    JsonNode disk = m.get("physicalblockdevice_set").get(0);
    assertThat(m.get("blockdevice_set")).hasSize(1);
    assertThat(m.get("boot_disk").get("id")).isEqualTo(disk.get("id"));
    assertThat(fields(disk))
        .contains(
            "resource_uri",
            "id",
            "uuid",
            "name",
            "model",
            "id_path",
            "path",
            "used_for",
            "tags",
            "block_size",
            "used_size",
            "size",
            "filesystem",
            "partitions");
    assertThat(disk.get("size").asLong()).isEqualTo(500_107_862_016L);
    assertThat(m.get("storage").asDouble()).isEqualTo(500107.862016);
    assertThat(disk.get("partitions").get(1).get("filesystem").get("mount_point").asText())
        .isEqualTo("/");
  }

  @Test
  void machineListIsEveryMachineOldestFirst() {
    MaasHttp.Reply reply = maas.get("machines/");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo(JSON);
    assertThat(reply.json()).hasSize(5);
    assertThat(reply.json().findValuesAsText("hostname"))
        .containsExactly("server1", "server2", "server3", "server4", "server5");
    assertThat(reply.json().get(0).get("memory").asLong()).isEqualTo(8192);
  }

  @Test
  void unknownMachineIsA404WithMaasText() {
    MaasHttp.Reply reply = maas.get("machines/xxxxxx/");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.contentType()).isEqualTo(TEXT);
    assertThat(reply.body()).isEqualTo("No Machine matches the given query.");
  }

  @Test
  void tagsAreCreatedReadListedAndNamedStrictly() {
    MaasHttp.Reply created = maas.post("tags/", "name", "juju", "comment", "controller");
    MaasHttp.Reply duplicate = maas.post("tags/", "name", "juju");
    MaasHttp.Reply invalid = maas.post("tags/", "name", "no spaces");
    MaasHttp.Reply missing = maas.post("tags/", "comment", "x");

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.map())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "name",
                "juju",
                "comment",
                "controller",
                "definition",
                "",
                "kernel_opts",
                "",
                "resource_uri",
                "/MAAS/api/2.0/tags/juju/"));
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.contentType()).isEqualTo(JSON);
    assertThat(duplicate.body()).isEqualTo("{\"name\":[\"Tag with this Name already exists.\"]}");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.json().get("name").get(0).asText()).isEqualTo("Enter a valid value.");
    assertThat(missing.json().get("name").get(0).asText()).isEqualTo("This field is required.");
    assertThat(maas.get("tags/juju/").map()).containsEntry("comment", "controller");
    assertThat(maas.get("tags/").json().findValuesAsText("name")).containsExactly("juju");
    MaasHttp.Reply unknown = maas.get("tags/nope/");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).isEqualTo("No Tag matches the given query.");
  }

  @Test
  void listFiltersAreValidatedLikeMaasForms() {
    MaasHttp.Reply unknownTag = maas.get("machines/?tags=gpu");
    MaasHttp.Reply unknownParam = maas.get("machines/?colour=red");
    MaasHttp.Reply unknownZone = maas.get("machines/?zone=mars");
    MaasHttp.Reply badStatus = maas.get("machines/?status=sleeping");

    assertThat(unknownTag.status()).isEqualTo(400);
    assertThat(unknownTag.contentType()).isEqualTo(JSON);
    assertThat(unknownTag.body()).isEqualTo("{\"tags\":[\"No such tag(s): 'gpu'.\"]}");
    assertThat(unknownParam.body()).isEqualTo("{\"colour\":[\"No such constraint.\"]}");
    assertThat(unknownZone.body()).isEqualTo("{\"zone\":[\"No such zone(s): mars.\"]}");
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(maas.get("machines/?status=ready&status=deployed&hostname=server4").json())
        .hasSize(1);
    assertThat(maas.get("machines/?agent_name=nobody").json()).isEmpty();
  }

  @Test
  void unknownOperationsAreUnrecognisedSignatures() {
    MaasHttp.Reply get = maas.get("machines/?op=foo");
    MaasHttp.Reply post = maas.post("machines/" + systemId("server1") + "/?op=explode");

    assertThat(get.status()).isEqualTo(400);
    assertThat(get.contentType()).isEqualTo(TEXT);
    assertThat(get.body()).isEqualTo("Unrecognised signature: method=GET op=foo");
    assertThat(post.body()).isEqualTo("Unrecognised signature: method=POST op=explode");
  }

  @Test
  void requestsWithoutCredentialsGetMaasAnswersPerHandler() {
    MaasHttp.Reply whoami = maas.getWith("users/?op=whoami", null);
    MaasHttp.Reply list = maas.getWith("machines/", null);
    MaasHttp.Reply allocate = maas.postWith("machines/?op=allocate", null);
    MaasHttp.Reply tags = maas.getWith("tags/", null);

    assertThat(whoami.status()).isEqualTo(401);
    assertThat(whoami.body()).isEqualTo("Forbidden");
    assertThat(list.status()).isEqualTo(400);
    assertThat(list.body()).isEqualTo("Unrecognised signature: method=GET op=None");
    assertThat(allocate.body()).isEqualTo("Unrecognised signature: method=POST op=allocate");
    assertThat(tags.status()).isEqualTo(401);
  }

  @Test
  void badCredentialsAreRejectedWithoutRevealingTheSecret() {
    OAuthSigner signer = maas.signer();
    String secret = simulator.apiKey().split(":")[2];

    MaasHttp.Reply consumer =
        maas.getWith("users/?op=whoami", signer.headerWith("oauth_consumer_key", "nobody"));
    MaasHttp.Reply token =
        maas.getWith("users/?op=whoami", signer.headerWith("oauth_token", "tk123"));
    MaasHttp.Reply signature =
        maas.getWith("users/?op=whoami", signer.headerWith("oauth_signature", "&wrong"));
    MaasHttp.Reply missing =
        maas.getWith("users/?op=whoami", signer.headerWith("oauth_nonce", null));
    MaasHttp.Reply expired =
        maas.getWith("users/?op=whoami", signer.headerWith("oauth_timestamp", "1000000000"));

    assertThat(consumer.status()).isEqualTo(401);
    assertThat(consumer.body()).isEqualTo("Authorization Error: Invalid API key.");
    assertThat(consumer.header("WWW-Authenticate")).isEqualTo("OAuth realm=\"MAAS API\"");
    assertThat(token.body()).isEqualTo("Authorization Error: 'Invalid access token: tk123'");
    assertThat(signature.status()).isEqualTo(401);
    assertThat(signature.body()).startsWith("Authorization Error: ").doesNotContain(secret);
    assertThat(missing.status()).isEqualTo(400);
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.body()).contains("Expired timestamp");
  }

  @Test
  void aNonceIsAcceptedOnce() {
    String header =
        maas.signer()
            .header(OAuthSigner.Style.GOMAASAPI, "nonce-1", System.currentTimeMillis() / 1000);

    MaasHttp.Reply first = maas.getWith("users/?op=whoami", header);
    MaasHttp.Reply second = maas.getWith("users/?op=whoami", header);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(401);
    assertThat(second.body()).isEqualTo("Authorization Error: 'Nonce already used: nonce-1'");
  }

  @Test
  void everyClientsHeaderStyleIsAccepted() {
    for (OAuthSigner.Style style : OAuthSigner.Style.values()) {
      MaasHttp.Reply reply = maas.getWith("users/?op=whoami", maas.signer().header(style));

      assertThat(reply.status()).as(style.name()).isEqualTo(200);
    }
  }

  @Test
  void allocationWithoutAMatchIsA409WithMaasTexts() {
    MaasHttp.Reply byName = maas.post("machines/?op=allocate", "name", "host-x");
    MaasHttp.Reply bySystemId = maas.post("machines/?op=allocate", "system_id", "yyyyyy");
    MaasHttp.Reply byAgentAndCores =
        maas.post("machines/?op=allocate", "agent_name", "uuid-1", "cpu_count", "64");

    assertThat(byName.status()).isEqualTo(409);
    assertThat(byName.contentType()).isEqualTo(TEXT);
    assertThat(byName.header("Retry-After")).isNull();
    assertThat(byName.body())
        .isEqualTo(
            "No available machine matches constraints: [('name', ['host-x'])] (resolved to \"name=host-x\")");
    assertThat(bySystemId.body()).isEqualTo("No machine with system ID yyyyyy available.");
    assertThat(byAgentAndCores.body())
        .isEqualTo(
            "No available machine matches constraints: [('agent_name', ['uuid-1']), ('cpu_count', ['64'])]"
                + " (resolved to \"cpu_count=64.0\")");
    for (int i = 0; i < 5; i++) {
      assertThat(maas.post("machines/?op=allocate").status()).isEqualTo(200);
    }
    assertThat(maas.post("machines/?op=allocate").body()).isEqualTo("No machine available.");
  }

  @Test
  void allocateAnswersTheMachineWithConstraintsByType() {
    MaasHttp.Reply plain = maas.post("machines/?op=allocate", "tags", "", "dry_run", "true");
    MaasHttp.Reply withStorage = maas.post("machines/?op=allocate", "storage", "root:32(ssd)");

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.json().get("constraints_by_type").isEmpty()).isTrue();
    assertThat(plain.json().get("status_name").asText()).isEqualTo("Ready");
    assertThat(withStorage.json().get("status_name").asText()).isEqualTo("Allocated");
    assertThat(
            withStorage.json().get("constraints_by_type").get("storage").get("root").get(0).isInt())
        .isTrue();
  }

  @Test
  void deployValidatesTheDistroSeries() {
    String id = systemId("server1");

    MaasHttp.Reply bad = maas.post("machines/" + id + "/?op=deploy", "distro_series", "warty");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.contentType()).isEqualTo(JSON);
    assertThat(bad.json().get("distro_series").get(0).asText())
        .startsWith("'warty' is not a valid distro_series.  It should be one of: ");
    assertThat(simulator.machines().bySystemId(id).orElseThrow().owner()).isNull();
  }

  @Test
  void commissioningFromAWrongStateIsA400WithAllFieldText() {
    String id = systemId("server2");
    maas.post("machines/?op=allocate", "name", "server2");

    MaasHttp.Reply reply = maas.post("machines/" + id + "/?op=commission");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.contentType()).isEqualTo(JSON);
    assertThat(reply.body())
        .isEqualTo(
            "{\"__all__\":[\"Commission is not available because of the current state of the node.\"]}");
  }

  @Test
  void eventsAreQueriedNewestFirst() {
    String id = systemId("server4");
    maas.post("machines/" + id + "/?op=deploy", "distro_series", "jammy");

    JsonNode reply = maas.get("events/?op=query&id=" + id + "&limit=3").json();

    assertThat(reply.get("count").asInt()).isEqualTo(3);
    List<Long> ids =
        reply.get("events").findValuesAsText("id").stream().map(Long::parseLong).toList();
    assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    JsonNode newest = reply.get("events").get(0);
    assertThat(fields(newest))
        .contains("username", "node", "hostname", "id", "level", "created", "type", "description");
    assertThat(newest.get("created").asText())
        .matches("\\w{3}, \\d{2} [\\w.]+ \\d{4} \\d{2}:\\d{2}:\\d{2}");
    assertThat(maas.get("events/?op=query&level=LOUD").body())
        .isEqualTo("Unrecognised log level: LOUD");
  }

  private static String systemId(String hostname) {
    return simulator.machines().byHostname(hostname).orElseThrow().systemId();
  }

  private static List<String> names(JsonNode array) {
    return MaasHttp.JSON.convertValue(array, List.class);
  }

  private static List<String> fields(JsonNode object) {
    List<String> names = new java.util.ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
