package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metalflow.maas.MachineStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main host restarted on the same data directory (the lead's crash tests do this). */
class LabRestartTest {

  private static final String JUJU = "/snap/bin/juju";

  @TempDir Path dataDir;
  private String prefix;
  private FakeMaas maas;
  private MainHostSimulator host;
  private LabSsh ssh;

  @BeforeEach
  void startHost() throws Exception {
    prefix = LabFixtures.randomPrefix();
    maas = FakeMaas.withServers(prefix, 3, 1);
    host = MainHostSimulator.start(LabFixtures.settings(dataDir, prefix), maas);
    ssh = new LabSsh(host);
    LabFiles.prepare(ssh, LabFixtures.KEY.reveal());
  }

  @AfterEach
  void stopHost() {
    ssh.close();
    host.close();
  }

  private void restart() throws Exception {
    ssh.close();
    host.close();
    host = MainHostSimulator.start(LabFixtures.settings(dataDir, prefix), maas);
    ssh = new LabSsh(host);
  }

  @Test
  void stateAndWorkloadsSurviveARestart() throws Exception {
    ssh.run(JUJU, "bootstrap", "--bootstrap-constraints", "tags=juju", "maas-one", "ctl");
    ssh.run(JUJU, "add-model", "-c", "ctl", "prom");
    ssh.run(JUJU, "deploy", "-m", "ctl:prom", "grafana");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> host.state().units("ctl", "prom").get(0).isSettled());

    restart();

    assertThat(ssh.run(JUJU, "version").exitCode()).isZero();
    assertThat(ssh.run(JUJU, "controllers", "--format=json").stdout()).contains("\"ctl\"");
    LabUnit grafana = host.state().units("ctl", "prom").get(0);
    assertThat(grafana.isSettled()).isTrue();
    int port = ssh.forward(grafana.address(), 3000);
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("\"version\":\"9.5.3\"");
    assertThat(host.state().commandLog())
        .extracting(e -> e.argv().get(1))
        .contains("bootstrap", "add-model", "deploy");
  }

  @Test
  void aBootstrapJobInterruptedByARestartResumesWithoutASecondAllocation() throws Exception {
    host.faults().slowBootstrap(Duration.ofSeconds(30));
    JujuJobs.start(
        ssh, "boot-1", "bootstrap", "--bootstrap-constraints", "tags=juju", "maas-one", "ctl");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> maas.status("server1") == MachineStatus.ALLOCATED);

    restart();

    assertThat(JujuJobs.awaitExit(ssh, "boot-1")).isEqualTo("exited 0");
    assertThat(JujuJobs.log(ssh, "boot-1")).contains("Bootstrap complete");
    assertThat(host.state().counters("ctl").bootstraps()).isEqualTo(1);
    assertThat(maas.operations()).filteredOn(op -> op.startsWith("allocate")).hasSize(1);
    assertThat(maas.status("server1")).isEqualTo(MachineStatus.DEPLOYED);
  }
}
