package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metalflow.maas.MachineStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard in the controller model, local charms and application removal. */
class JujuApplicationsTest {

  private static final String JUJU = "/snap/bin/juju";

  @TempDir Path dataDir;
  private FakeMaas maas;
  private MainHostSimulator host;
  private LabSsh ssh;

  @BeforeEach
  void startHost() throws Exception {
    String prefix = LabFixtures.randomPrefix();
    maas = FakeMaas.withServers(prefix, 3, 1);
    host = MainHostSimulator.start(LabFixtures.settings(dataDir, prefix), maas);
    ssh = new LabSsh(host);
    LabFiles.prepare(ssh, LabFixtures.KEY.reveal());
    assertThat(
            ssh.run(
                    JUJU,
                    "bootstrap",
                    "--bootstrap-base",
                    "ubuntu@22.04",
                    "--constraints",
                    "tags=juju",
                    "maas-one",
                    "ctl")
                .exitCode())
        .isZero();
  }

  @AfterEach
  void stopHost() {
    ssh.close();
    host.close();
  }

  @Test
  void theDashboardRunsOnTheControllerMachineOncePlacedRelatedAndExposed() throws Exception {
    assertThat(ssh.run(JUJU, "dashboard", "-c", "ctl").stderr())
        .startsWith("ERROR The Juju dashboard is not yet deployed.");

    assertThat(
            ssh.run(
                    JUJU,
                    "deploy",
                    "-m",
                    "ctl:controller",
                    "juju-dashboard",
                    "dashboard",
                    "--to",
                    "0")
                .exitCode())
        .isZero();
    assertThat(
            ssh.run(JUJU, "integrate", "-m", "ctl:controller", "dashboard", "controller")
                .exitCode())
        .isZero();
    assertThat(ssh.run(JUJU, "expose", "-m", "ctl:controller", "dashboard").exitCode()).isZero();
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> host.state().unit("ctl", "controller", "dashboard/0").orElseThrow().isSettled());

    LabSsh.Result dashboard = ssh.run(JUJU, "dashboard", "-c", "ctl");
    String address = host.state().controller("ctl").orElseThrow().address();
    assertThat(dashboard.exitCode()).isZero();
    assertThat(dashboard.stderr())
        .startsWith(
            "Dashboard for controller \"ctl\" is enabled at:\n"
                + "  http://"
                + address
                + ":8080\nYour login credential is:\n  username: admin\n"
                + "  password: ");
    int port = ssh.forward(address, 8080);
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("Juju Dashboard");
    assertThat(ssh.run(JUJU, "status", "-m", "ctl:controller", "--format=json").stdout())
        .contains("\"exposed\":true");
    assertThat(host.state().machines("ctl", "controller")).hasSize(1);
  }

  @Test
  void aLocalCharmIsNamedAfterItsFile() throws Exception {
    ssh.run(JUJU, "add-model", "-c", "ctl", "prom");
    ssh.upload("grafana_r69.charm", "zip".getBytes(StandardCharsets.UTF_8), 0644);

    LabSsh.Result deployed =
        ssh.run(JUJU, "deploy", "-m", "ctl:prom", "./grafana_r69.charm", "grafana");

    assertThat(deployed.stderr())
        .isEqualTo(
            "Located local charm \"grafana\", revision 0\n"
                + "Deploying \"grafana\" from local charm \"grafana\", revision 0 on"
                + " ubuntu@22.04/stable\n");
    assertThat(ssh.run(JUJU, "status", "-m", "ctl:prom", "--format=json").stdout())
        .contains("\"charm\":\"local:grafana-0\"")
        .contains("\"charm-origin\":\"local\"");
  }

  @Test
  void removingAnApplicationReleasesItsMachine() throws Exception {
    ssh.run(JUJU, "add-model", "-c", "ctl", "prom");
    ssh.run(JUJU, "deploy", "-m", "ctl:prom", "ubuntu", "--constraints", "tags=^juju");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                host.state().unit("ctl", "prom", "ubuntu/0").map(LabUnit::isSettled).orElse(false));
    String node = host.state().machines("ctl", "prom").get(0).systemId();
    assertThat(node).isNotEqualTo(maas.systemId("server1"));

    LabSsh.Result removed =
        ssh.run(JUJU, "remove-application", "-m", "ctl:prom", "--no-prompt", "ubuntu");

    assertThat(removed)
        .isEqualTo(
            new LabSsh.Result(
                0, "will remove application ubuntu\n- will remove unit ubuntu/0\n", ""));
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> host.state().applications("ctl", "prom").isEmpty());
    assertThat(host.state().machines("ctl", "prom")).isEmpty();
    assertThat(maas.operations()).contains("release " + node + " Released by Juju MAAS provider");
  }

  @Test
  void aJobWhoseProcessVanishedIsReportedAsExited255() throws Exception {
    Path run = host.homeDirectory().resolve(".metalflow/runs/ghost-1");
    Files.createDirectories(run);
    Files.writeString(run.resolve("log"), "");

    assertThat(ssh.run(LabFiles.WRAPPER, "status", "ghost-1").stdout()).isEqualTo("exited 255\n");
    assertThat(ssh.run(LabFiles.WRAPPER, "log", "ghost-1", "0").stdout())
        .isEqualTo("metalflow-run: the job of run ghost-1 ended without an exit code\n");
    assertThat(maas.status("server1")).isEqualTo(MachineStatus.DEPLOYED);
  }
}
