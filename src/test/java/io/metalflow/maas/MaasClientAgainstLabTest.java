package io.metalflow.maas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.metalflow.lab.maas.LabMachineView;
import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.lab.maas.RecordedOperation;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client over real HTTP against the lab's MAAS simulator: the key is read from the file
 * the simulator writes, every request is signed and checked, and the lifecycle is the simulator's.
 */
class MaasClientAgainstLabTest {

  private static final String MODEL = "0b4fa1f4-0bf5-4b1b-8d1c-7bd7f3a6e5a1";

  @TempDir Path dataDir;
  private MaasSimulator lab;
  private MaasClient maas;

  @BeforeEach
  void startLab() {
    lab =
        MaasSimulator.start(
            MaasLabSettings.zeroDelay()
                .withDataDir(dataDir)
                .withFailFirstCommissioning(Set.of("server1")));
    maas = client(lab.url(), null);
  }

  @AfterEach
  void stopLab() {
    lab.close();
  }

  /** Quick retries so injected 503s (Retry-After: 1) do not slow the test. */
  private MaasClient client(URI url, String apiKey) {
    return OkHttpMaasClient.create(
        new MaasProperties(
            url,
            apiKey,
            dataDir.resolve("lab").resolve("maas-api-key"),
            Duration.ofSeconds(2),
            Duration.ofSeconds(10),
            Duration.ofSeconds(30),
            4,
            Duration.ofMillis(50),
            Duration.ofMillis(50),
            false,
            null));
  }

  @Test
  void versionAndWhoamiAnswerWithTheKeyFromTheLabsKeyFile() {
    assertThat(maas.version().capabilities()).contains("authenticate-api");
    assertThat(maas.whoami()).isEqualTo(new MaasUser("admin", "admin@example.com", true));
  }

  @Test
  void theReferenceLabListsFiveReadyServers() {
    List<Machine> machines = maas.machines(MachineQuery.all());

    assertThat(machines)
        .extracting(Machine::hostname)
        .containsExactly("server1", "server2", "server3", "server4", "server5");
    assertThat(machines).allSatisfy(m -> assertThat(m.status()).isEqualTo(MachineStatus.READY));
    assertThat(machines.get(0).zone()).isEqualTo("default");
  }

  @Test
  void aTaggedMachineIsFoundByItsTag() {
    String server2 = systemId("server2");

    maas.ensureTag("juju", "Juju controller");
    TagUpdate update = maas.updateTagNodes("juju", List.of(server2), List.of());

    assertThat(update).isEqualTo(new TagUpdate(1, 0));
    assertThat(maas.ensureTag("juju", "ignored").comment()).isEqualTo("Juju controller");
    assertThat(maas.tags()).extracting(Tag::name).contains("juju");
    assertThat(maas.machines(MachineQuery.all().withTags("juju")))
        .extracting(Machine::hostname)
        .containsExactly("server2");
    assertThat(maas.machine(server2).tags()).containsExactly("juju");
  }

  @Test
  void server1FailsItsFirstCommissioningAndARecommissionMakesItReady() {
    String server1 = systemId("server1");

    assertThat(maas.commission(server1).status()).isIn(commissioningOrLater());
    awaitStatus(server1, MachineStatus.FAILED_COMMISSIONING);

    maas.commission(server1);
    awaitStatus(server1, MachineStatus.READY);
  }

  @Test
  void allocateByTagAndAgentNameThenDeployAndRelease() {
    String server3 = systemId("server3");
    maas.ensureTag("juju", null);
    maas.updateTagNodes("juju", List.of(server3), List.of());

    Machine allocated =
        maas.allocate(AllocateRequest.withTags(List.of("juju"), MODEL, "metalflow test"));

    assertThat(allocated.systemId()).isEqualTo(server3);
    assertThat(allocated.status()).isEqualTo(MachineStatus.ALLOCATED);
    assertThat(allocated.owner()).isEqualTo("admin");
    assertThat(lab.machines().bySystemId(server3).map(LabMachineView::agentName)).contains(MODEL);
    assertThat(maas.machines(MachineQuery.all().withAgentName(MODEL)))
        .extracting(Machine::systemId)
        .containsExactly(server3);

    Machine deploying = maas.deploy(server3, DeployRequest.of("jammy"));
    assertThat(deploying.status()).isIn(MachineStatus.DEPLOYING, MachineStatus.DEPLOYED);
    Machine deployed = awaitStatus(server3, MachineStatus.DEPLOYED);
    assertThat(deployed.distroSeries()).isEqualTo("jammy");
    assertThat(deployed.ipAddresses()).singleElement().asString().startsWith("127.77.0.");

    maas.release(server3, "Released by Metalflow");
    Machine released = awaitStatus(server3, MachineStatus.READY);
    assertThat(released.owner()).isNull();
    assertThat(maas.machines(MachineQuery.all().withAgentName(MODEL))).isEmpty();
  }

  @Test
  void deployingAMachineThatIsNotAllocatedIsRefusedWithMaasConflictText() {
    String server4 = systemId("server4");
    maas.deploy(server4, DeployRequest.of("jammy"));
    awaitStatus(server4, MachineStatus.DEPLOYED);

    var refused =
        catchThrowableOfType(
            MaasConflictException.class, () -> maas.deploy(server4, DeployRequest.of("jammy")));

    assertThat(refused.body()).isEqualTo("Can't deploy a machine that is in the 'Deployed' state");
    assertThat(refused.operation()).isEqualTo("POST machines/" + server4 + "/?op=deploy");
    assertThat(refused.isRetryable()).isFalse();
  }

  @Test
  void allocationWithAnUnknownTagIs400AndWithoutAMatchIs409() {
    var unknownTag =
        catchThrowableOfType(
            MaasBadRequestException.class,
            () -> maas.allocate(AllocateRequest.withTags(List.of("gpu"), MODEL, null)));
    maas.ensureTag("gpu", null);
    var noMatch =
        catchThrowableOfType(
            MaasConflictException.class,
            () -> maas.allocate(AllocateRequest.withTags(List.of("gpu"), MODEL, null)));

    assertThat(unknownTag.fieldErrors())
        .isEqualTo(Map.of("tags", List.of("No such tag(s): 'gpu'.")));
    assertThat(noMatch.body()).startsWith("No available machine matches constraints:");
  }

  @Test
  void aBadKeyIsRefusedWith401AndNoKeyPartInTheMessage() {
    String wrong = "Zx8cV2bN5mQ1wE4rT7:Yu6iO9pA3sD0fG2hJ4:Kl1zX3cV5bN7mQ9wE2rT4yU6iO8pA0sD";

    var refused =
        catchThrowableOfType(
            MaasAuthenticationException.class, () -> client(lab.url(), wrong).whoami());

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.getMessage())
        .startsWith("MAAS GET users/?op=whoami answered 401: Authorization Error")
        .doesNotContain(
            "Zx8cV2bN5mQ1wE4rT7", "Yu6iO9pA3sD0fG2hJ4", "Kl1zX3cV5bN7mQ9wE2rT4yU6iO8pA0sD");
  }

  @Test
  void injected503sAreRetriedInsideTheClient() {
    lab.faults().setUnavailableRate(0.3);

    for (int i = 0; i < 10; i++) {
      assertThat(maas.machines(MachineQuery.all())).hasSize(5);
    }

    assertThat(lab.operations()).extracting(RecordedOperation::status).contains(503, 200);
  }

  @Test
  void aLabThatStaysUnavailableGivesARetryableException() {
    lab.faults().setUnavailableRate(1.0);

    var unavailable = catchThrowableOfType(MaasUnavailableException.class, () -> maas.whoami());

    assertThat(unavailable.isRetryable()).isTrue();
    assertThat(unavailable.retryAfter()).contains(Duration.ofSeconds(1));
    assertThat(lab.operations()).filteredOn(op -> op.status() == 503).hasSize(5);
  }

  private String systemId(String hostname) {
    return lab.machines().byHostname(hostname).orElseThrow().systemId();
  }

  private Machine awaitStatus(String systemId, MachineStatus status) {
    await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(20))
        .until(() -> maas.machine(systemId).status() == status);
    return maas.machine(systemId);
  }

  private static MachineStatus[] commissioningOrLater() {
    return new MachineStatus[] {
      MachineStatus.COMMISSIONING, MachineStatus.TESTING, MachineStatus.FAILED_COMMISSIONING
    };
  }
}
