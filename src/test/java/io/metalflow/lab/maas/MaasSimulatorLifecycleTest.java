package io.metalflow.lab.maas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.maas.MachineStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Machines moving through MAAS's lifecycle over real HTTP, with faults and persistence. */
class MaasSimulatorLifecycleTest {

  private static final MaasLabTimings FAST = new MaasLabTimings(ms(80), ms(80), ms(30), ms(80));

  private static MaasSimulator simulator;
  private static MaasHttp maas;

  @BeforeAll
  static void startLab() {
    simulator = MaasSimulator.start(MaasLabSettings.zeroDelay().withTimings(FAST));
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
  void allocationByTagAndAgentNamePicksTheSmallestTaggedMachine() {
    maas.post("tags/", "name", "juju");
    maas.post("tags/juju/?op=update_nodes", "add", id("server3"), "add", id("server1"));

    MaasHttp.Reply first =
        maas.post("machines/?op=allocate", "tags", "juju", "agent_name", "model-1");
    MaasHttp.Reply second =
        maas.post("machines/?op=allocate", "tags", "juju", "agent_name", "model-2");
    MaasHttp.Reply third =
        maas.post("machines/?op=allocate", "tags", "juju", "agent_name", "model-3");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("hostname").asText()).isEqualTo("server1");
    assertThat(first.json().get("status").asInt()).isEqualTo(10);
    assertThat(first.json().get("status_name").asText()).isEqualTo("Allocated");
    assertThat(first.json().get("owner").asText()).isEqualTo("admin");
    assertThat(first.json().has("agent_name")).isFalse();
    assertThat(second.json().get("hostname").asText()).isEqualTo("server3");
    assertThat(third.status()).isEqualTo(409);
    assertThat(view("server1").agentName()).isEqualTo("model-1");
    JsonNode listed = maas.get("machines/?agent_name=model-1").json();
    assertThat(listed.findValuesAsText("hostname")).containsExactly("server1");
  }

  @Test
  void deployTakesAnAllocatedMachineThroughDeployingToDeployedWithAnAddress() {
    String id = id("server2");
    maas.post("machines/?op=allocate", "name", "server2", "agent_name", "model-1");
    String userData =
        Base64.getEncoder().encodeToString("#cloud-config\n".getBytes(StandardCharsets.UTF_8));

    MaasHttp.Reply deploy =
        maas.post(
            "machines/" + id + "/?op=deploy",
            "distro_series",
            "ubuntu/jammy",
            "user_data",
            userData);

    assertThat(deploy.status()).isEqualTo(200);
    assertThat(deploy.json().get("status").asInt()).isEqualTo(9);
    assertThat(deploy.json().get("status_name").asText()).isEqualTo("Deploying");
    assertThat(deploy.json().get("osystem").asText()).isEqualTo("ubuntu");
    assertThat(deploy.json().get("distro_series").asText()).isEqualTo("jammy");
    awaitStatus("server2", MachineStatus.DEPLOYED);
    JsonNode deployed = maas.get("machines/" + id + "/").json();
    assertThat(deployed.get("status_message").asText()).isEqualTo("Deployed");
    assertThat(deployed.get("ip_addresses").get(0).asText()).isEqualTo("127.77.0.12");
    assertThat(deployed.get("interface_set").get(0).get("links").get(0).get("ip_address").asText())
        .isEqualTo("127.77.0.12");
    assertThat(deployed.get("power_state").asText()).isEqualTo("on");
    assertThat(deployed.get("netboot").asBoolean()).isFalse();
    JsonNode events = maas.get("events/?op=query&hostname=server2").json().get("events");
    assertThat(events.get(0).get("type").asText()).isEqualTo("Deployed");
    assertThat(events.findValuesAsText("type"))
        .containsSubsequence("Rebooting", "Installing OS", "Performing PXE boot", "Deploying");
  }

  @Test
  void deployingAReadyMachineAllocatesItAndRedeployingIsAConflict() {
    String id = id("server4");

    MaasHttp.Reply deploy = maas.post("machines/" + id + "/?op=deploy", "agent_name", "model-9");

    assertThat(deploy.json().get("status_name").asText()).isEqualTo("Deploying");
    assertThat(deploy.json().get("owner").asText()).isEqualTo("admin");
    assertThat(view("server4").agentName()).isEqualTo("model-9");
    awaitStatus("server4", MachineStatus.DEPLOYED);
    MaasHttp.Reply again = maas.post("machines/" + id + "/?op=deploy");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.contentType()).isEqualTo("text/plain; charset=utf-8");
    assertThat(again.body()).isEqualTo("Can't deploy a machine that is in the 'Deployed' state");
  }

  @Test
  void releaseOfADeployedMachineGoesThroughReleasingToReadyAndForgetsItsOwner() {
    String id = id("server3");
    maas.post("machines/" + id + "/?op=deploy", "agent_name", "model-1");
    maas.post("machines/" + id + "/?op=set_owner_data", "juju-is-controller", "true");
    awaitStatus("server3", MachineStatus.DEPLOYED);

    MaasHttp.Reply release = maas.post("machines/" + id + "/?op=release", "comment", "done");

    assertThat(release.json().get("status_name").asText()).isEqualTo("Releasing");
    awaitStatus("server3", MachineStatus.READY);
    LabMachineView released = view("server3");
    assertThat(released.owner()).isNull();
    assertThat(released.agentName()).isNull();
    assertThat(released.ip()).isNull();
    assertThat(released.ownerData()).isEmpty();
    assertThat(released.statusMessage()).isEqualTo("Released");
    MaasHttp.Reply again = maas.post("machines/" + id + "/?op=release");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().get("status").asInt()).isEqualTo(4);
  }

  @Test
  void releaseOfAPoweredOffAllocatedMachineIsReadyInTheAnswer() {
    maas.post("machines/?op=allocate", "name", "server5");

    MaasHttp.Reply release = maas.post("machines/" + id("server5") + "/?op=release");

    assertThat(release.json().get("status_name").asText()).isEqualTo("Ready");
    assertThat(release.json().get("owner").isNull()).isTrue();
  }

  @Test
  void aMachineFailsItsFirstCommissioningAndPassesTheSecond() {
    simulator.faults().failFirstCommissioning("server2");
    String id = id("server2");

    MaasHttp.Reply first = maas.post("machines/" + id + "/?op=commission");

    assertThat(first.json().get("status_name").asText()).isEqualTo("Commissioning");
    awaitStatus("server2", MachineStatus.FAILED_COMMISSIONING);
    JsonNode failed = maas.get("machines/" + id + "/").json();
    assertThat(failed.get("status").asInt()).isEqualTo(2);
    assertThat(failed.get("commissioning_status_name").asText()).isEqualTo("Failed");
    assertThat(maas.post("machines/" + id + "/?op=commission").status()).isEqualTo(200);
    awaitStatus("server2", MachineStatus.READY);
    assertThat(maas.get("events/?op=query&id=" + id).json().get("events").findValuesAsText("type"))
        .containsSubsequence("Ready", "Testing", "Commissioning", "Failed commissioning");
  }

  @Test
  void abortStopsADeploymentAndIsAConflictOnAReadyMachine() {
    simulator.faults().stuckDeploying("server1");
    String id = id("server1");
    maas.post("machines/" + id + "/?op=deploy");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> view("server1").statusMessage().equals("Rebooting"));

    MaasHttp.Reply abort = maas.post("machines/" + id + "/?op=abort");
    MaasHttp.Reply wrong = maas.post("machines/" + id("server2") + "/?op=abort");

    assertThat(abort.json().get("status_name").asText()).isEqualTo("Allocated");
    assertThat(abort.json().get("ip_addresses")).isEmpty();
    assertThat(wrong.status()).isEqualTo(409);
    assertThat(wrong.body())
        .isEqualTo("Cannot abort in current state: node " + id("server2") + " is in state Ready.");
  }

  @Test
  void aStuckMachineStaysDeployingUntilItIsLetGo() throws InterruptedException {
    simulator.faults().stuckDeploying("server5");
    maas.post("machines/" + id("server5") + "/?op=deploy");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> view("server5").statusMessage().equals("Rebooting"));

    Thread.sleep(300);

    assertThat(view("server5").status()).isEqualTo(MachineStatus.DEPLOYING);
    simulator.faults().unstickDeploying("server5");
    awaitStatus("server5", MachineStatus.DEPLOYED);
  }

  @Test
  void bulkReleaseReleasesWhatItCanAndNamesTheRest() {
    simulator.faults().failFirstCommissioning("server3");
    maas.post("machines/" + id("server3") + "/?op=commission");
    awaitStatus("server3", MachineStatus.FAILED_COMMISSIONING);
    maas.post("machines/?op=allocate", "name", "server1");

    MaasHttp.Reply unknown =
        maas.post("machines/?op=release", "machines", id("server1"), "machines", "zzzzzz");
    MaasHttp.Reply partial =
        maas.post(
            "machines/?op=release",
            "machines",
            id("server1"),
            "machines",
            id("server2"),
            "machines",
            id("server3"),
            "comment",
            "Released by Juju MAAS provider");
    MaasHttp.Reply nothing = maas.post("machines/?op=release", "machines", id("server1"));

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.body()).isEqualTo("Unknown machine(s): zzzzzz.");
    assertThat(partial.status()).isEqualTo(409);
    assertThat(partial.body())
        .isEqualTo(
            "Machine(s) cannot be released in their current state: "
                + id("server3")
                + " ('Failed commissioning').");
    assertThat(view("server1").status()).isEqualTo(MachineStatus.READY);
    assertThat(nothing.status()).isEqualTo(200);
    assertThat(nothing.json()).isEmpty();
  }

  @Test
  void bulkReleaseAnswersTheIdsReleasedAndTreatsReleasingAsAFailure() {
    MaasLabSettings slowRelease =
        MaasLabSettings.zeroDelay()
            .withTimings(new MaasLabTimings(ms(0), ms(0), ms(0), Duration.ofSeconds(30)));
    try (MaasSimulator lab = MaasSimulator.start(slowRelease)) {
      MaasHttp http = new MaasHttp(lab);
      String id = lab.machines().byHostname("server2").orElseThrow().systemId();
      http.post("machines/" + id + "/?op=deploy");
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () -> lab.machines().bySystemId(id).orElseThrow().status() == MachineStatus.DEPLOYED);

      MaasHttp.Reply first = http.post("machines/?op=release", "machines", id);
      MaasHttp.Reply second = http.post("machines/?op=release", "machines", id);

      assertThat(first.status()).isEqualTo(200);
      assertThat(first.body()).isEqualTo("[\"" + id + "\"]");
      assertThat(second.status()).isEqualTo(409);
      assertThat(second.body()).endsWith(id + " ('Releasing').");
    }
  }

  @Test
  void someAuthenticatedCallsAreAnswered503WithRetryAfter() {
    simulator.faults().setUnavailableRate(0.5);
    int unavailable = 0;
    for (int i = 0; i < 40; i++) {
      MaasHttp.Reply reply = maas.get("users/?op=whoami");
      if (reply.status() == 503) {
        unavailable++;
        assertThat(reply.header("Retry-After")).isEqualTo("1");
        assertThat(reply.contentType()).isEqualTo("text/plain; charset=utf-8");
      } else {
        assertThat(reply.status()).isEqualTo(200);
      }
    }

    assertThat(unavailable).isBetween(5, 35);
    for (int i = 0; i < 10; i++) {
      assertThat(maas.getWith("version/", null).status()).isEqualTo(200);
    }
    assertThat(simulator.operations()).filteredOn(op -> op.status() == 503).hasSize(unavailable);
  }

  @Test
  void theLabSurvivesARestartOnTheSameDataDir(@TempDir Path dataDir) throws Exception {
    MaasLabSettings settings =
        MaasLabSettings.zeroDelay()
            .withDataDir(dataDir)
            .withTimings(new MaasLabTimings(ms(80), ms(80), ms(400), ms(80)));
    String key;
    String deploying;
    try (MaasSimulator first = MaasSimulator.start(settings)) {
      MaasHttp http = new MaasHttp(first);
      key = first.apiKey();
      http.post("tags/", "name", "juju");
      String server2 = first.machines().byHostname("server2").orElseThrow().systemId();
      http.post("tags/juju/?op=update_nodes", "add", server2);
      http.post("machines/?op=allocate", "name", "server2", "agent_name", "keep-me");
      deploying = first.machines().byHostname("server3").orElseThrow().systemId();
      http.post("machines/" + deploying + "/?op=deploy");
    }
    Path keyFile = dataDir.resolve("lab/maas-api-key");
    assertThat(Files.getPosixFilePermissions(keyFile))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.readString(keyFile).strip()).isEqualTo(key);
    assertThat(key).matches("[A-Za-z0-9]{18}:[A-Za-z0-9]{18}:[A-Za-z0-9]{32}");
    assertThat(dataDir.resolve("lab/maas-state.json")).exists();

    try (MaasSimulator second = MaasSimulator.start(settings)) {
      MaasHttp http = new MaasHttp(second);
      assertThat(second.apiKey()).isEqualTo(key);
      LabMachineView kept = second.machines().byHostname("server2").orElseThrow();
      assertThat(kept.status()).isEqualTo(MachineStatus.ALLOCATED);
      assertThat(kept.agentName()).isEqualTo("keep-me");
      assertThat(second.machines().bySystemId(deploying).orElseThrow().status())
          .as("resumed mid-deployment")
          .isEqualTo(MachineStatus.DEPLOYING);
      assertThat(kept.tags()).containsExactly("juju");
      assertThat(http.get("machines/?agent_name=keep-me").json().findValuesAsText("hostname"))
          .containsExactly("server2");
      await()
          .atMost(Duration.ofSeconds(15))
          .until(
              () ->
                  second.machines().bySystemId(deploying).orElseThrow().status()
                      == MachineStatus.DEPLOYED);
    }
  }

  @Test
  void formBodiesMayBeMultipartOrUrlencodedWithOpInTheQueryOrTheBody() {
    MaasHttp.Reply libmaas =
        maas.postMultipart("machines/?op=allocate", "name", "server1", "agent_name", "ünïcode");
    MaasHttp.Reply opInBody = maas.postMultipart("machines/", "op", "allocate", "name", "server2");
    MaasHttp.Reply urlencoded = maas.post("machines/", "op", "allocate", "name", "server5");

    assertThat(libmaas.status()).isEqualTo(200);
    assertThat(view("server1").agentName()).isEqualTo("ünïcode");
    assertThat(opInBody.json().get("hostname").asText()).isEqualTo("server2");
    assertThat(urlencoded.json().get("hostname").asText()).isEqualTo("server5");
    List<RecordedOperation> allocations =
        simulator.operations().stream().filter(op -> "allocate".equals(op.op())).toList();
    assertThat(allocations).hasSize(3);
    assertThat(allocations.get(0).params())
        .isEqualTo(Map.of("name", List.of("server1"), "agent_name", List.of("ünïcode")));
    assertThat(allocations).allSatisfy(op -> assertThat(op.params()).doesNotContainKey("op"));
    assertThat(allocations)
        .allSatisfy(op -> assertThat(op.path()).isEqualTo("/MAAS/api/2.0/machines/"));
  }

  @Test
  void aPathWithoutTrailingSlashIsRedirected() {
    MaasHttp.Reply reply = maas.getRaw("api/2.0/machines?hostname=server1", null);

    assertThat(reply.status()).isEqualTo(301);
    assertThat(reply.header("Location")).isEqualTo("/MAAS/api/2.0/machines/?hostname=server1");
  }

  @Test
  void workloadAnnotationsNeedAnOwner() {
    String id = id("server4");

    MaasHttp.Reply unowned =
        maas.post("machines/" + id + "/?op=set_workload_annotations", "k", "v");
    maas.post("machines/?op=allocate", "system_id", id);
    MaasHttp.Reply owned =
        maas.post(
            "machines/" + id + "/?op=set_owner_data", "juju-controller-uuid", "c-1", "k", "v");
    MaasHttp.Reply removed = maas.post("machines/" + id + "/?op=set_workload_annotations", "k", "");

    assertThat(unowned.status()).isEqualTo(409);
    assertThat(unowned.body())
        .isEqualTo("Cannot set workload annotation: it hasn't been acquired.");
    assertThat(owned.json().get("owner_data").get("k").asText()).isEqualTo("v");
    assertThat(removed.json().get("workload_annotations").size()).isEqualTo(1);
    assertThat(removed.json().get("owner_data").get("juju-controller-uuid").asText())
        .isEqualTo("c-1");
  }

  @Test
  void brokenMachinesAreFixedBackToReady() {
    String id = id("server1");

    MaasHttp.Reply broken =
        maas.post("machines/" + id + "/?op=mark_broken", "comment", "disk died");
    MaasHttp.Reply fixed = maas.post("machines/" + id + "/?op=mark_fixed");
    MaasHttp.Reply again = maas.post("machines/" + id + "/?op=mark_fixed");

    assertThat(broken.json().get("status").asInt()).isEqualTo(8);
    assertThat(broken.json().get("error_description").asText()).isEqualTo("disk died");
    assertThat(fixed.json().get("status_name").asText()).isEqualTo("Ready");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body()).isEqualTo("Can't mark a non-broken node as 'Ready'.");
  }

  @Test
  void powerOnNeedsAnOwnerAndDeploysAnAllocatedMachine() {
    String id = id("server2");

    MaasHttp.Reply unowned = maas.post("machines/" + id + "/?op=power_on");
    maas.post("machines/?op=allocate", "system_id", id);
    MaasHttp.Reply owned = maas.post("machines/" + id + "/?op=power_on");

    assertThat(unowned.status()).isEqualTo(409);
    assertThat(unowned.body()).isEqualTo("Can't start node: it hasn't been allocated.");
    assertThat(owned.json().get("status_name").asText()).isEqualTo("Deploying");
  }

  @Test
  void tagMembershipIsUpdatedCountedListedAndDeleted() {
    maas.post("tags/", "name", "nuc");

    MaasHttp.Reply added =
        maas.post(
            "tags/nuc/?op=update_nodes",
            "add",
            id("server1"),
            "add",
            id("server2"),
            "add",
            "zzzzzz");
    MaasHttp.Reply removed = maas.post("tags/nuc/?op=update_nodes", "remove", id("server1"));
    MaasHttp.Reply mismatch =
        maas.post("tags/nuc/?op=update_nodes", "definition", "//node", "add", id("server3"));

    assertThat(added.map()).isEqualTo(Map.of("added", 2, "removed", 0));
    assertThat(removed.map()).isEqualTo(Map.of("added", 0, "removed", 1));
    assertThat(mismatch.status()).isEqualTo(409);
    assertThat(mismatch.body())
        .isEqualTo("Definition supplied '//node' doesn't match current definition ''");
    assertThat(maas.get("tags/nuc/?op=machines").json().findValuesAsText("hostname"))
        .containsExactly("server2");
    assertThat(maas.get("machines/?not_tags=nuc").json()).hasSize(4);
    assertThat(maas.delete("tags/nuc/").status()).isEqualTo(204);
    assertThat(view("server2").tags()).isEmpty();
  }

  @Test
  void resetRestoresTheReferenceLab() {
    String before = id("server1");
    maas.post("tags/", "name", "juju");
    maas.post("machines/?op=allocate", "name", "server1", "agent_name", "m");
    simulator.faults().setUnavailableRate(1.0);

    simulator.reset();

    assertThat(simulator.machines().all())
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(MachineStatus.READY))
        .allSatisfy(m -> assertThat(m.owner()).isNull());
    assertThat(id("server1")).isEqualTo(before);
    assertThat(simulator.operations()).isEmpty();
    assertThat(simulator.faults().unavailableRate()).isZero();
    assertThat(maas.get("tags/").json()).isEmpty();
  }

  private static String id(String hostname) {
    return view(hostname).systemId();
  }

  private static LabMachineView view(String hostname) {
    return simulator.machines().byHostname(hostname).orElseThrow();
  }

  private static void awaitStatus(String hostname, MachineStatus status) {
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> view(hostname).status() == status);
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }
}
