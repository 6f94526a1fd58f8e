package io.metalflow.maas;

import static io.metalflow.maas.MaasClientFixture.CONSUMER_KEY;
import static io.metalflow.maas.MaasClientFixture.NOW;
import static io.metalflow.maas.MaasClientFixture.TOKEN_KEY;
import static io.metalflow.maas.MaasClientFixture.TOKEN_SECRET;
import static io.metalflow.maas.MaasClientFixture.form;
import static io.metalflow.maas.MaasClientFixture.json;
import static io.metalflow.maas.MaasClientFixture.oauthParams;
import static io.metalflow.maas.MaasClientFixture.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link OkHttpMaasClient} puts on the wire for each operation and how it reads answers. */
class OkHttpMaasClientTest {

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
  void versionIsAGetOfTheVersionPathWithATrailingSlash() {
    maas.server.enqueue(json("version.json"));

    MaasVersion version = maas.client.version();

    RecordedRequest request = maas.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/version/");
    assertThat(version.version()).isEqualTo("3.4.2");
    assertThat(version.subversion()).isEmpty();
    assertThat(version.capabilities()).contains("authenticate-api", "network-deployment-ubuntu");
  }

  @Test
  void everyRequestIsSignedWithOAuthPlaintextAndAFreshNonce() {
    maas.server.enqueue(json("version.json"));
    maas.server.enqueue(json("whoami.json"));

    maas.client.version();
    maas.client.whoami();

    var first = oauthParams(maas.take());
    var second = oauthParams(maas.take());
    assertThat(first)
        .containsEntry("realm", "MAAS API")
        .containsEntry("oauth_consumer_key", CONSUMER_KEY)
        .containsEntry("oauth_token", TOKEN_KEY)
        .containsEntry("oauth_signature_method", "PLAINTEXT")
        .containsEntry("oauth_signature", "%26" + TOKEN_SECRET)
        .containsEntry("oauth_timestamp", Long.toString(NOW.getEpochSecond()))
        .containsEntry("oauth_version", "1.0");
    assertThat(first.get("oauth_nonce")).isEqualTo("nonce-1");
    assertThat(second.get("oauth_nonce")).isEqualTo("nonce-2");
  }

  @Test
  void whoamiSendsItsOpInTheQuery() {
    maas.server.enqueue(json("whoami.json"));

    MaasUser user = maas.client.whoami();

    RecordedRequest request = maas.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/users/?op=whoami");
    assertThat(user).isEqualTo(new MaasUser("admin", "admin@example.com", true));
  }

  @Test
  void machinesSendsEveryFilterInTheQueryRepeatingKeysForLists() {
    maas.server.enqueue(json("machines.json"));

    List<Machine> machines =
        maas.client.machines(
            MachineQuery.all()
                .withSystemIds("4y3ha3", "tdgqkw")
                .withTags("nuc", "ssd")
                .withAgentName("0b4fa1f4-0bf5-4b1b-8d1c-7bd7f3a6e5a1")
                .withStatuses(MachineStatus.READY, MachineStatus.DEPLOYED));

    RecordedRequest request = maas.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/MAAS/api/2.0/machines/");
    assertThat(request.getUrl().queryParameterValues("id")).containsExactly("4y3ha3", "tdgqkw");
    assertThat(request.getUrl().queryParameterValues("tags")).containsExactly("nuc", "ssd");
    assertThat(request.getUrl().queryParameter("agent_name"))
        .isEqualTo("0b4fa1f4-0bf5-4b1b-8d1c-7bd7f3a6e5a1");
    assertThat(request.getUrl().queryParameterValues("status"))
        .containsExactly("ready", "deployed");
    assertThat(request.getUrl().queryParameter("op")).isNull();
    assertThat(request.getBodySize()).isZero();
    assertThat(machines).extracting(Machine::hostname).containsExactly("server1", "server3");
  }

  @Test
  void machinesWithoutFiltersSendsNoQuery() {
    maas.server.enqueue(json(200, "[]"));

    assertThat(maas.client.machines(MachineQuery.all())).isEmpty();

    assertThat(maas.take().getTarget()).isEqualTo("/MAAS/api/2.0/machines/");
  }

  @Test
  void machineIsReadFromTheFullMaasRepresentation() {
    maas.server.enqueue(json("machine-deploying.json"));

    Machine machine = maas.client.machine("8dgry3");

    assertThat(maas.take().getTarget()).isEqualTo("/MAAS/api/2.0/machines/8dgry3/");
    assertThat(machine)
        .isEqualTo(
            new Machine(
                "8dgry3",
                "server2",
                "server2.maas",
                MachineStatus.DEPLOYING,
                "Deploying",
                "admin",
                List.of("juju", "nuc"),
                List.of("10.20.0.12"),
                "off",
                "amd64/generic",
                4,
                16384,
                "ubuntu",
                "jammy",
                "default",
                "default"));
  }

  @Test
  void machineStatusComesFromTheNumberNotTheName() {
    String body =
        resource("machine-ready.json")
            .replace("\"status_name\": \"Ready\"", "\"status_name\": \"Bereit\"");
    maas.server.enqueue(json(200, body));

    assertThat(maas.client.machine("4y3ha3").status()).isEqualTo(MachineStatus.READY);
  }

  @Test
  void absentOwnerAndPoolAreNull() {
    maas.server.enqueue(json("machines.json"));

    List<Machine> machines = maas.client.machines(MachineQuery.all());

    assertThat(machines.get(0).owner()).isNull();
    assertThat(machines.get(0).pool()).isEqualTo("default");
    assertThat(machines.get(1).owner()).isEqualTo("admin");
    assertThat(machines.get(1).pool()).isNull();
    assertThat(machines.get(1).status()).isEqualTo(MachineStatus.DEPLOYED);
    assertThat(machines.get(1).ipAddresses()).containsExactly("10.20.0.13");
  }

  @Test
  void aSystemIdThatIsNoPathSegmentIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> maas.client.machine("../users"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid MAAS system id");
    assertThatThrownBy(() -> maas.client.deploy("", DeployRequest.of("jammy")))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(maas.server.getRequestCount()).isZero();
  }

  @Test
  void tagsAreListed() {
    maas.server.enqueue(json("tags.json"));

    List<Tag> tags = maas.client.tags();

    assertThat(maas.take().getTarget()).isEqualTo("/MAAS/api/2.0/tags/");
    assertThat(tags)
        .containsExactly(
            new Tag("virtual", "", "", ""),
            new Tag("nuc", "Intel NUCs", "//node[@id=\"core\"]/product = \"NUC10i5FNB\"", ""));
  }

  @Test
  void createTagPostsNameAndCommentAsAFormWithoutOp() {
    maas.server.enqueue(json("tag-juju.json"));

    Tag tag = maas.client.createTag("juju", "Juju controller");

    RecordedRequest request = maas.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/tags/");
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/x-www-form-urlencoded");
    assertThat(form(request)).isEqualTo("name=juju&comment=Juju+controller");
    assertThat(tag.name()).isEqualTo("juju");
  }

  @Test
  void ensureTagReturnsAnExistingTagWithoutCreatingIt() {
    maas.server.enqueue(json("tag-juju.json"));

    Tag tag = maas.client.ensureTag("juju", "Juju controller");

    assertThat(maas.take().getTarget()).isEqualTo("/MAAS/api/2.0/tags/juju/");
    assertThat(maas.server.getRequestCount()).isEqualTo(1);
    assertThat(tag.comment()).isEqualTo("Juju controller");
  }

  @Test
  void ensureTagCreatesAMissingTag() {
    maas.server.enqueue(MaasClientFixture.text(404, "No Tag matches the given query."));
    maas.server.enqueue(json("tag-juju.json"));

    Tag tag = maas.client.ensureTag("juju", "Juju controller");

    assertThat(maas.take().getMethod()).isEqualTo("GET");
    RecordedRequest create = maas.take();
    assertThat(create.getMethod()).isEqualTo("POST");
    assertThat(form(create)).startsWith("name=juju");
    assertThat(tag.name()).isEqualTo("juju");
  }

  @Test
  void ensureTagReadsATagSomeoneElseCreatedMeanwhile() {
    maas.server.enqueue(MaasClientFixture.text(404, "No Tag matches the given query."));
    maas.server.enqueue(json(400, resource("bad-request-tag-exists.json")));
    maas.server.enqueue(json("tag-juju.json"));

    Tag tag = maas.client.ensureTag("juju", "Juju controller");

    assertThat(maas.server.getRequestCount()).isEqualTo(3);
    assertThat(tag.name()).isEqualTo("juju");
  }

  @Test
  void ensureTagKeepsMaasRefusalOfAnInvalidName() {
    maas.server.enqueue(MaasClientFixture.text(404, "No Tag matches the given query."));
    maas.server.enqueue(json(400, "{\"name\": [\"Enter a valid value.\"]}"));
    maas.server.enqueue(MaasClientFixture.text(404, "No Tag matches the given query."));

    assertThatThrownBy(() -> maas.client.ensureTag("juju", null))
        .isInstanceOf(MaasBadRequestException.class)
        .hasMessageContaining("Enter a valid value.");
  }

  @Test
  void updateTagNodesPostsRepeatedAddAndRemoveKeys() {
    maas.server.enqueue(json("update-nodes.json"));

    TagUpdate update =
        maas.client.updateTagNodes("juju", List.of("4y3ha3", "8dgry3"), List.of("tdgqkw"));

    RecordedRequest request = maas.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/tags/juju/?op=update_nodes");
    assertThat(form(request)).isEqualTo("add=4y3ha3&add=8dgry3&remove=tdgqkw");
    assertThat(update).isEqualTo(new TagUpdate(1, 0));
  }

  @Test
  void commissionPostsTheOpInTheQueryWithAnEmptyForm() {
    maas.server.enqueue(json("machine-commissioning.json"));

    Machine machine = maas.client.commission("4y3ha3");

    RecordedRequest request = maas.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/machines/4y3ha3/?op=commission");
    assertThat(form(request)).isEmpty();
    assertThat(machine.status()).isEqualTo(MachineStatus.COMMISSIONING);
  }

  @Test
  void allocateSendsOpInTheQueryAndConstraintsAsAForm() {
    maas.server.enqueue(json("machine-allocated.json"));

    Machine machine =
        maas.client.allocate(
            new AllocateRequest(
                List.of("juju", "nuc"),
                List.of("virtual"),
                "server2",
                null,
                4,
                8192,
                "default",
                "0b4fa1f4-0bf5-4b1b-8d1c-7bd7f3a6e5a1",
                "metalflow bootstrap"));

    RecordedRequest request = maas.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/machines/?op=allocate");
    assertThat(form(request))
        .isEqualTo(
            "tags=juju&tags=nuc&not_tags=virtual&name=server2&cpu_count=4&mem=8192&zone=default"
                + "&agent_name=0b4fa1f4-0bf5-4b1b-8d1c-7bd7f3a6e5a1&comment=metalflow+bootstrap");
    assertThat(machine.status()).isEqualTo(MachineStatus.ALLOCATED);
    assertThat(machine.owner()).isEqualTo("admin");
    assertThat(machine.hasTag("juju")).isTrue();
  }

  @Test
  void allocateBySystemIdSendsOnlyTheGivenFields() {
    maas.server.enqueue(json("machine-allocated.json"));

    maas.client.allocate(AllocateRequest.bySystemId("8dgry3", "model-1", null));

    assertThat(form(maas.take())).isEqualTo("system_id=8dgry3&agent_name=model-1");
  }

  @Test
  void deploySendsDistroSeriesAndUserData() {
    maas.server.enqueue(json("machine-deploying.json"));

    Machine machine =
        maas.client.deploy(
            "8dgry3", new DeployRequest("jammy", "I2Nsb3VkLWNvbmZpZwo=", null, "by metalflow"));

    RecordedRequest request = maas.take();
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/machines/8dgry3/?op=deploy");
    assertThat(form(request))
        .isEqualTo("distro_series=jammy&user_data=I2Nsb3VkLWNvbmZpZwo%3D&comment=by+metalflow");
    assertThat(machine.status()).isEqualTo(MachineStatus.DEPLOYING);
    assertThat(machine.distroSeries()).isEqualTo("jammy");
  }

  @Test
  void releasePostsTheComment() {
    maas.server.enqueue(json("machine-ready.json"));

    Machine machine = maas.client.release("4y3ha3", "Released by Metalflow");

    RecordedRequest request = maas.take();
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/machines/4y3ha3/?op=release");
    assertThat(form(request)).isEqualTo("comment=Released+by+Metalflow");
    assertThat(machine.status()).isEqualTo(MachineStatus.READY);
  }

  @Test
  void abortPostsTheOpAndReadsTheMachine() {
    maas.server.enqueue(json("machine-allocated.json"));

    Machine machine = maas.client.abort("8dgry3", null);

    RecordedRequest request = maas.take();
    assertThat(request.getTarget()).isEqualTo("/MAAS/api/2.0/machines/8dgry3/?op=abort");
    assertThat(form(request)).isEmpty();
    assertThat(machine.status()).isEqualTo(MachineStatus.ALLOCATED);
  }

  @Test
  void unknownFieldsAreIgnoredButABodyThatIsNoMachineIsAnError() {
    maas.server.enqueue(json(200, "{\"system_id\": \"4y3ha3\", \"status\": 4, \"novel\": [1]}"));
    maas.server.enqueue(json(200, "<html>proxy error</html>"));

    assertThat(maas.client.machine("4y3ha3").status()).isEqualTo(MachineStatus.READY);
    assertThatThrownBy(() -> maas.client.machine("4y3ha3"))
        .isInstanceOf(MaasException.class)
        .hasMessageStartingWith("MAAS GET machines/4y3ha3/ answered 200 with unexpected JSON")
        .satisfies(e -> assertThat(((MaasException) e).isRetryable()).isFalse());
  }
}
