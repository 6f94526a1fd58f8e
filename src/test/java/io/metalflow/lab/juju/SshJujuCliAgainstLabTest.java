package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metalflow.juju.ActionResult;
import io.metalflow.juju.ApplicationSpec;
import io.metalflow.juju.BootstrapRequest;
import io.metalflow.juju.ControllerInfo;
import io.metalflow.juju.DashboardInfo;
import io.metalflow.juju.Endpoint;
import io.metalflow.juju.JujuProperties;
import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.MaasCloud;
import io.metalflow.juju.SshJujuCli;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.JschCommandRunner;
import io.metalflow.ssh.RunId;
import io.metalflow.ssh.ShellRemoteJobs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metalflow's own juju client ({@link SshJujuCli} over {@link JschCommandRunner} and the real job
 * wrapper upload) against the lab's main host and MAAS simulator: the contract both sides share.
 */
class SshJujuCliAgainstLabTest {

  @TempDir Path dataDir;
  private RealMaas maas;
  private MainHostSimulator host;
  private JschCommandRunner runner;
  private SshJujuCli juju;

  @BeforeEach
  void startLab() {
    String prefix = LabFixtures.randomPrefix();
    maas = new RealMaas(dataDir, prefix);
    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, prefix).withMaasApiKey(maas.key()), maas.client);
    runner = new JschCommandRunner(LabFixtures.sshTo(host));
    ShellRemoteJobs jobs = new ShellRemoteJobs(runner, host.host(), Duration.ofSeconds(30));
    juju = new SshJujuCli(runner, jobs, maas::key, JujuProperties.defaults(), "ubuntu@lab");
  }

  @AfterEach
  void stopLab() {
    runner.close();
    host.close();
    maas.close();
  }

  @Test
  void metalflowsJujuClientDrivesTheWholeLab() {
    assertThat(juju.version()).isEmpty();
    juju.installClient("3.6");
    assertThat(juju.version()).contains("3.6.14-genericlinux-amd64");
    MaasCloud cloud = new MaasCloud("maas-one", maas.simulator.url().toString());
    assertThat(juju.ensureCloud(cloud)).isTrue();
    assertThat(juju.ensureCloud(cloud)).isFalse();
    assertThat(juju.ensureCredential("maas-one", "anvil")).isTrue();
    assertThat(juju.ensureCredential("maas-one", "anvil")).isFalse();
    String node = maas.tag("server1", "juju");

    RunId boot = new RunId("boot-1");
    assertThat(
            juju.startBootstrap(
                boot,
                new BootstrapRequest(
                    "maas-one", "ctl", "ubuntu@22.04", "tags=juju", null, Map.of())))
        .isTrue();
    awaitExit(boot);
    ControllerInfo controller = juju.controller("ctl").orElseThrow();
    assertThat(controller.machineInstanceIds()).containsExactly(node);

    assertThat(juju.ensureModel("ctl", "prom", "maas-one", "anvil")).isTrue();
    assertThat(juju.ensureModel("ctl", "prom", "maas-one", "anvil")).isFalse();
    juju.ensureApplication("ctl", "prom", app("grafana", "grafana"));
    juju.ensureApplication("ctl", "prom", app("prometheus", "prometheus2"));
    assertThat(juju.ensureApplication("ctl", "prom", app("grafana", "grafana"))).isFalse();
    await().atMost(Duration.ofSeconds(20)).until(() -> settled(juju.status("ctl", "prom")));
    assertThat(
            juju.ensureRelation(
                "ctl",
                "prom",
                new Endpoint("grafana", "grafana-source"),
                new Endpoint("prometheus", "grafana-source")))
        .isTrue();
    assertThat(
            juju.ensureRelation(
                "ctl",
                "prom",
                new Endpoint("grafana", "grafana-source"),
                new Endpoint("prometheus", "grafana-source")))
        .isFalse();
    ActionResult password = juju.runAction("ctl", "prom", "grafana/0", "get-admin-password");
    assertThat(password.results().get("password")).isNotBlank();
    DashboardInfo dashboard =
        await()
            .atMost(Duration.ofSeconds(20))
            .ignoreExceptions()
            .until(() -> juju.ensureDashboard("ctl"), d -> d.address() != null);
    assertThat(dashboard.port()).isEqualTo(8080);

    RunId destroy = new RunId("destroy-1");
    assertThat(juju.startDestroyController(destroy, "ctl")).isTrue();
    awaitExit(destroy);
    assertThat(juju.controller("ctl")).isEmpty();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(maas.machines())
                    .allSatisfy(m -> assertThat(m.status()).isEqualTo(MachineStatus.READY)));
  }

  private void awaitExit(RunId run) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> juju.job(run).state() == JobStatus.State.EXITED);
    assertThat(juju.job(run).exitCode()).as(juju.jobLog(run, 0)).isZero();
  }

  private static ApplicationSpec app(String name, String charm) {
    return new ApplicationSpec(name, charm, null, null, 1, null, Map.of());
  }

  private static boolean settled(JujuStatus status) {
    return status.applications().values().stream()
            .flatMap(a -> a.units().values().stream())
            .filter(JujuStatus.UnitState::isSettled)
            .count()
        == 2;
  }
}
