package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults armed in the settings or at run time. */
class LabFaultsTest {

  private static final String JUJU = "/snap/bin/juju";

  @TempDir Path dataDir;
  private MainHostSimulator host;
  private LabSsh ssh;

  private void start(FaultSettings faults) throws Exception {
    String prefix = LabFixtures.randomPrefix();
    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, prefix).withFaults(faults),
            FakeMaas.withServers(prefix, 3, 1));
    ssh = new LabSsh(host);
    LabFiles.prepare(ssh, LabFixtures.KEY.reveal());
  }

  @AfterEach
  void stopHost() {
    if (ssh != null) {
      ssh.close();
    }
    if (host != null) {
      host.close();
    }
  }

  private void bootstrapWithModel() throws Exception {
    assertThat(
            ssh.run(JUJU, "bootstrap", "--bootstrap-constraints", "tags=juju", "maas-one", "ctl")
                .exitCode())
        .isZero();
    ssh.run(JUJU, "add-model", "-c", "ctl", "prom");
  }

  @Test
  void aFailingInstallHookPutsTheFirstUnitInErrorUntilResolved() throws Exception {
    start(new FaultSettings(Set.of("grafana"), Map.of(), Duration.ZERO));
    bootstrapWithModel();
    ssh.run(JUJU, "deploy", "-m", "ctl:prom", "grafana");

    await().atMost(Duration.ofSeconds(10)).until(() -> unit().workloadStatus().equals("error"));
    assertThat(unit().workloadMessage()).isEqualTo("hook failed: \"install\"");
    assertThat(unit().agentStatus()).isEqualTo("idle");
    assertThat(ssh.run(JUJU, "status", "-m", "ctl:prom", "--format=json").stdout())
        .contains(
            "\"application-status\":{\"current\":\"error\",\"message\":\"hook failed:"
                + " \\\"install\\\"\"");

    assertThat(ssh.run(JUJU, "resolve", "-m", "ctl:prom", "grafana/0"))
        .isEqualTo(new LabSsh.Result(0, "", ""));

    await().atMost(Duration.ofSeconds(10)).until(() -> unit().isSettled());
    assertThat(ssh.run(JUJU, "resolved", "-m", "ctl:prom", "grafana/0").stderr())
        .isEqualTo("ERROR unit \"grafana/0\" is not in an error state\n");
  }

  private LabUnit unit() {
    return host.state().unit("ctl", "prom", "grafana/0").orElseThrow();
  }

  @Test
  void aDroppedConnectionClosesTheSessionAfterTheCommandRan() throws Exception {
    start(FaultSettings.none());
    host.faults().dropConnections("add-model", 1);
    assertThat(ssh.run(JUJU, "bootstrap", "maas-one", "ctl").exitCode()).isZero();

    LabSsh.Result dropped = ssh.run(JUJU, "add-model", "-c", "ctl", "prom");

    assertThat(dropped.exitCode()).isEqualTo(-1);
    assertThat(host.faults().connectionsDropped()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(5)).until(() -> !ssh.isConnected());
    assertThat(host.state().models("ctl")).extracting(LabModel::name).contains("prom");
    ssh = new LabSsh(host);
    assertThat(ssh.run(JUJU, "add-model", "-c", "ctl", "prom").stderr()).contains("already exists");
    assertThat(ssh.isConnected()).isTrue();
    assertThat(host.faults().connectionsDropped()).as("used up after one drop").isEqualTo(1);
  }

  @Test
  void hangingUpOnAForegroundBootstrapCancelsItAndReleasesTheNode() throws Exception {
    String prefix = LabFixtures.randomPrefix();
    FakeMaas maas = FakeMaas.withServers(prefix, 2, 1);
    host = MainHostSimulator.start(LabFixtures.settings(dataDir, prefix), maas);
    ssh = new LabSsh(host);
    LabFiles.prepare(ssh, LabFixtures.KEY.reveal());
    host.faults().slowBootstrap(Duration.ofSeconds(30));

    var channel =
        ssh.startOnly(JUJU, "bootstrap", "--bootstrap-constraints", "tags=juju", "maas-one", "ctl");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> maas.status("server1") == io.metalflow.maas.MachineStatus.ALLOCATED);
    channel.disconnect();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> maas.status("server1") == io.metalflow.maas.MachineStatus.READY);
    await().atMost(Duration.ofSeconds(5)).until(() -> host.state().controller("ctl").isEmpty());
  }

  @Test
  void aSlowBootstrapKeepsItsJobRunningLonger() throws Exception {
    start(FaultSettings.none());
    host.faults().slowBootstrap(Duration.ofMillis(700));

    JujuJobs.start(ssh, "boot-slow", "bootstrap", "maas-one", "ctl");

    assertThat(ssh.run(LabFiles.WRAPPER, "status", "boot-slow").stdout()).isEqualTo("running\n");
    assertThat(JujuJobs.awaitExit(ssh, "boot-slow")).isEqualTo("exited 0");
  }
}
