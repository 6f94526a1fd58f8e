package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.MachineState;
import io.metalflow.juju.JujuStatus.UnitState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real {@code juju status --format=json} captures (see status/SOURCES.md) read into records. */
class JujuStatusJsonTest {

  @Test
  void machineModelOn364ReadsMachinesAndBlockedSubordinatesOnTheirPrincipalsMachines() {
    JujuStatus status = Fixtures.parseStatus("lxd-3.6.4-subordinate-blocked.json");

    assertThat(status.model()).isEqualTo("t");
    assertThat(status.machines().get("1"))
        .isEqualTo(
            new MachineState(
                "1",
                "started",
                "running",
                "Running",
                "juju-663cb8-1",
                "juju-663cb8-1",
                List.of("10.103.56.99", "fd42:63bf:36e0:2d9b:216:3eff:fe37:b62f")));
    ApplicationState nrpe = status.applications().get("nrpe");
    assertThat(nrpe.charmName()).isEqualTo("nrpe");
    assertThat(nrpe.status()).isEqualTo("blocked");
    assertThat(nrpe.statusMessage()).isEqualTo("Nagios server not configured or related");
    assertThat(nrpe.relations()).containsEntry("general-info", List.of("ubun2", "ubuntu"));
    assertThat(nrpe.units()).containsOnlyKeys("nrpe/1", "nrpe/2");
    UnitState blocked = nrpe.units().get("nrpe/2");
    assertThat(blocked.workloadStatus()).isEqualTo("blocked");
    assertThat(blocked.agentStatus()).isEqualTo("idle");
    assertThat(blocked.machine()).isEqualTo("2");
    assertThat(blocked.openPorts()).containsExactly("icmp", "5666/tcp");
    assertThat(blocked.needsAttention()).isTrue();
    assertThat(nrpe.units().get("nrpe/1").machine()).isEqualTo("1");
  }

  @Test
  void settledPrincipalUnitIsSettledAndNeedsNoAttention() {
    JujuStatus status = Fixtures.parseStatus("lxd-3.6.4-subordinate-blocked.json");

    UnitState ubuntu = status.applications().get("ubuntu").units().get("ubuntu/1");

    assertThat(ubuntu)
        .isEqualTo(
            new UnitState("ubuntu/1", "active", null, "idle", "1", "10.103.56.99", List.of()));
    assertThat(ubuntu.isSettled()).isTrue();
    assertThat(ubuntu.needsAttention()).isFalse();
    assertThat(status.applications().get("ubun2").relations())
        .containsExactly(java.util.Map.entry("juju-info", List.of("nrpe")));
  }

  @Test
  void unitWhoseHookFailedOn2950IsInErrorWithTheHookMessage() {
    JujuStatus status = Fixtures.parseStatus("microk8s-2.9.50-unit-hook-error.json");

    UnitState database = status.applications().get("database").units().get("database/0");

    assertThat(database.workloadStatus()).isEqualTo("error");
    assertThat(database.workloadMessage())
        .isEqualTo("hook failed: \"db-relation-created\" for webapp:db");
    assertThat(database.agentStatus()).isEqualTo("idle");
    assertThat(database.needsAttention()).isTrue();
    assertThat(database.isSettled()).isFalse();
    assertThat(database.publicAddress()).isEqualTo("10.1.216.174");
    assertThat(status.machines()).isEmpty();
  }

  @Test
  void listFormRelationsOf29AreReadAsRelatedApplicationNames() {
    JujuStatus status = Fixtures.parseStatus("microk8s-2.9.50-unit-hook-error.json");

    assertThat(status.applications().get("database").relations())
        .containsExactly(java.util.Map.entry("db", List.of("webapp")));
    assertThat(status.applications().get("webapp").relations())
        .containsExactly(java.util.Map.entry("db", List.of("database")));
    assertThat(status.applications().get("database").charmName()).isEqualTo("database");
    assertThat(status.applications().get("webapp").units().get("webapp/0").workloadStatus())
        .isEqualTo("unknown");
  }

  @Test
  void machineModelOn2952WithSeriesReadsMachinesUnitsAndBlockedSubordinates() {
    JujuStatus status = Fixtures.parseStatus("lxd-2.9.52-subordinate-blocked.json");

    assertThat(status.machines().get("0").instanceId()).isEqualTo("juju-4def64-0");
    assertThat(status.machines().get("0").ipAddresses()).first().isEqualTo("10.36.4.173");
    assertThat(status.applications().get("ubuntu").units().get("ubuntu/0").isSettled()).isTrue();
    ApplicationState nrpe = status.applications().get("nrpe");
    assertThat(nrpe.relations().get("general-info")).containsExactlyInAnyOrder("ubun2", "ubuntu");
    assertThat(nrpe.units().values())
        .isNotEmpty()
        .allSatisfy(unit -> assertThat(unit.workloadStatus()).isEqualTo("blocked"));
  }

  @Test
  void lxdContainersAreListedAsMachinesAndTheirUnitsPointAtThem() {
    JujuStatus status = Fixtures.parseStatus("lxd-3.1.5-k8s-core-blocked.json");

    assertThat(status.machines()).containsOnlyKeys("0", "0/lxd/0", "1");
    MachineState container = status.machines().get("0/lxd/0");
    assertThat(container.hostname()).isEqualTo("juju-36490e-0-lxd-0");
    assertThat(container.instanceStatus()).isEqualTo("running");
    assertThat(container.instanceMessage()).isEqualTo("Container started");
    UnitState easyrsa = status.applications().get("easyrsa").units().get("easyrsa/0");
    assertThat(easyrsa.machine()).isEqualTo("0/lxd/0");
    assertThat(easyrsa.publicAddress()).isEqualTo("10.192.62.201");
  }

  @Test
  void blockedSubordinatesOfCharmedKubernetesNeedAttentionAndCarryPorts() {
    JujuStatus status = Fixtures.parseStatus("lxd-3.1.5-k8s-core-blocked.json");

    ApplicationState calico = status.applications().get("calico");
    assertThat(calico.relations().get("cni"))
        .containsExactly("kubernetes-control-plane", "kubernetes-worker");
    assertThat(calico.units()).containsOnlyKeys("calico/0", "calico/1");
    assertThat(calico.units().get("calico/0").machine()).isEqualTo("1");
    assertThat(calico.units().get("calico/0").workloadMessage())
        .isEqualTo("ignore-loose-rpf config is in conflict with rp_filter value");
    assertThat(calico.units().values()).allMatch(UnitState::needsAttention);
    assertThat(
            status
                .applications()
                .get("kubernetes-worker")
                .units()
                .get("kubernetes-worker/0")
                .openPorts())
        .containsExactly("80/tcp", "443/tcp");
  }

  @Test
  void applicationsWithoutUnitsOrRelationsAreReadAsEmpty() {
    JujuStatus status = Fixtures.parseStatus("lxd-3.1.5-apps-without-units.json");

    ApplicationState checks = status.applications().get("kubernetes-service-checks");
    assertThat(checks.units()).isEmpty();
    assertThat(checks.relations()).isEmpty();
    assertThat(checks.status()).isEqualTo("unknown");
    assertThat(status.applications().get("nrpe").units()).isEmpty();
    UnitState waiting =
        status
            .applications()
            .get("kubernetes-control-plane")
            .units()
            .get("kubernetes-control-plane/0");
    assertThat(waiting.workloadStatus()).isEqualTo("waiting");
    assertThat(waiting.workloadMessage()).isEqualTo("Waiting for 3 kube-system pods to start");
    assertThat(waiting.isSettled()).isFalse();
    assertThat(waiting.needsAttention()).isFalse();
  }

  @Test
  void kubernetesUnitWithoutPublicAddressUsesItsAddress() {
    JujuStatus status = Fixtures.parseStatus("microk8s-3.6.1-snappass-active.json");

    UnitState unit = status.applications().get("snappass-test").units().get("snappass-test/0");

    assertThat(unit.publicAddress()).isEqualTo("10.1.164.138");
    assertThat(unit.machine()).isNull();
    assertThat(unit.isSettled()).isTrue();
    assertThat(status.applications().get("snappass-test").statusMessage())
        .isEqualTo("snappass started");
  }

  @Test
  void entitiesReplacedByStatusErrorAreKeptAsUnknownWithTheErrorAsMessage() {
    // Hand-written, shaped as juju's formatter writes entities it failed to load.
    String json =
        """
        {"model": {"name": "prom", "model-status": {"status-error": "model gone"}},
         "machines": {"3": {"status-error": "machine 3 not found"}},
         "applications": {
           "broken": {"status-error": "application broken not found"},
           "grafana": {"charm": "grafana", "charm-name": "grafana", "exposed": false,
             "units": {"grafana/0": {"status-error": "unit grafana/0 not found"}}}}}
        """;

    JujuStatus status = StatusJson.parse(JujuJson.tree(json, "status"));

    assertThat(status.machines().get("3").agentStatus()).isEqualTo("unknown");
    assertThat(status.machines().get("3").instanceMessage()).isEqualTo("machine 3 not found");
    assertThat(status.applications().get("broken").status()).isEqualTo("unknown");
    assertThat(status.applications().get("broken").statusMessage())
        .isEqualTo("application broken not found");
    UnitState unit = status.applications().get("grafana").units().get("grafana/0");
    assertThat(unit.workloadStatus()).isEqualTo("unknown");
    assertThat(unit.workloadMessage()).isEqualTo("unit grafana/0 not found");
    assertThat(status.applications().get("grafana").status()).isNull();
  }

  @Test
  void emptyModelHasNoMachinesOrApplications() {
    JujuStatus status =
        StatusJson.parse(
            JujuJson.tree(
                "{\"model\":{\"name\":\"prom\"},\"machines\":{},\"applications\":{},\"storage\":{}}",
                "status"));

    assertThat(status.model()).isEqualTo("prom");
    assertThat(status.machines()).isEmpty();
    assertThat(status.applications()).isEmpty();
  }

  @Test
  void charmNameFallsBackToTheCharmUrlWhenCharmNameIsAbsent() {
    String json =
        "{\"applications\":{\"haproxy\":{\"charm\":\"cs:trusty/haproxy-10\"},"
            + "\"db\":{\"charm\":\"local:jammy/database-0\"}}}";

    JujuStatus status = StatusJson.parse(JujuJson.tree(json, "status"));

    assertThat(status.applications().get("haproxy").charmName()).isEqualTo("haproxy");
    assertThat(status.applications().get("db").charmName()).isEqualTo("database");
  }
}
