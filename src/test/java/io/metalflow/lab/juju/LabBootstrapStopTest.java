package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.metalflow.juju.BootstrapRequest;
import io.metalflow.juju.JujuProperties;
import io.metalflow.juju.MaasCloud;
import io.metalflow.juju.SshJujuCli;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.JschCommandRunner;
import io.metalflow.ssh.RunId;
import io.metalflow.ssh.ShellRemoteJobs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping a detached bootstrap as the bootstrap timeout path does: Metalflow's wrapper client
 * ({@link ShellRemoteJobs#stop}) over SSH against the lab's main host, with the MAAS simulator
 * behind it. The lab's juju must clean up as Juju does on Ctrl-C.
 */
class LabBootstrapStopTest {

  private static final RunId BOOT = new RunId("boot-stop-1");
  private static final BootstrapRequest REQUEST =
      new BootstrapRequest("maas-one", "ctl", "ubuntu@22.04", "tags=juju", null, Map.of());

  @TempDir Path dataDir;
  private RealMaas maas;
  private MainHostSimulator host;
  private JschCommandRunner runner;
  private ShellRemoteJobs jobs;
  private SshJujuCli juju;

  @BeforeEach
  void startLabWithACloudAndATaggedMachine() {
    String prefix = LabFixtures.randomPrefix();
    maas = new RealMaas(dataDir, prefix);
    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, prefix).withMaasApiKey(maas.key()), maas.client);
    runner = new JschCommandRunner(LabFixtures.sshTo(host));
    jobs = new ShellRemoteJobs(runner, host.host(), Duration.ofSeconds(30));
    juju = new SshJujuCli(runner, jobs, maas::key, JujuProperties.defaults(), "ubuntu@lab");
    juju.installClient("3.6");
    juju.ensureCloud(new MaasCloud("maas-one", maas.simulator.url().toString()));
    juju.ensureCredential("maas-one", "anvil");
    maas.tag("server1", "juju");
  }

  @AfterEach
  void stopLab() {
    runner.close();
    host.close();
    maas.close();
  }

  @Test
  void stoppingARunningBootstrapReleasesItsMachineAndRegistersNoController() {
    // Given a bootstrap that has acquired server1 and takes long to install its agent
    host.faults().slowBootstrap(Duration.ofMinutes(5));
    assertThat(juju.startBootstrap(BOOT, REQUEST)).isTrue();
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> jobs.log(BOOT, 0).contains("Installing Juju agent on bootstrap instance"));
    assertThat(maas.machine("server1").status()).isNotEqualTo(MachineStatus.READY);

    // When Metalflow stops it
    JobStatus stopped = jobs.stop(BOOT);

    // Then juju cleaned up as on Ctrl-C and exited 1
    assertThat(stopped).isEqualTo(JobStatus.exited(1));
    assertThat(jobs.status(BOOT)).isEqualTo(JobStatus.exited(1));
    assertThat(jobs.log(BOOT, 0))
        .contains(
            "Installing Juju agent on bootstrap instance\n"
                + "metalflow-run: stop: sending SIGINT to the job\n"
                + "\n"
                + "Ctrl-C pressed, attempting to stop bootstrap and clean up resources\n"
                + "ERROR failed to bootstrap model: cancelled\n");

    // And the machine is back to Ready in MAAS, and no controller exists
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> maas.machine("server1").status() == MachineStatus.READY);
    assertThat(juju.controller("ctl")).isEmpty();
    assertThat(host.state().controller("ctl")).isEmpty();

    // And stopping again changes nothing
    assertThat(jobs.stop(BOOT)).isEqualTo(JobStatus.exited(1));
    assertThat(maas.machine("server1").status()).isEqualTo(MachineStatus.READY);
  }

  @Test
  void stoppingAFinishedBootstrapKeepsItsControllerAndAnUnknownRunIsUnknown() {
    // Given a bootstrap that completed
    juju.startBootstrap(BOOT, REQUEST);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> jobs.status(BOOT).state() == JobStatus.State.EXITED);

    // When it is stopped after the fact, Then nothing changes
    assertThat(jobs.stop(BOOT)).isEqualTo(JobStatus.exited(0));
    assertThat(juju.controller("ctl")).isPresent();
    assertThat(maas.machine("server1").status()).isEqualTo(MachineStatus.DEPLOYED);
    assertThat(jobs.log(BOOT, 0)).doesNotContain("metalflow-run: stop");

    // And a run the host never saw is unknown
    assertThat(jobs.stop(new RunId("boot-never"))).isEqualTo(JobStatus.unknown());
  }

  @Test
  void labWrapperAnswersStopUsageErrorsAsTheRealOneDoes() {
    jobs.status(BOOT);

    CommandResult badGrace =
        runner.run(List.of(MainHostShell.WRAPPER, "stop", "ok-id", "1s"), Duration.ofSeconds(10));
    CommandResult tooMany =
        runner.run(
            List.of(MainHostShell.WRAPPER, "stop", "ok-id", "1", "2"), Duration.ofSeconds(10));

    assertThat(badGrace.exitCode()).isEqualTo(2);
    assertThat(badGrace.stderr()).isEqualTo("metalflow-run: invalid grace\n");
    assertThat(tooMany.exitCode()).isEqualTo(2);
    assertThat(
            runner.run(List.of(MainHostShell.WRAPPER, "version"), Duration.ofSeconds(10)).stdout())
        .isEqualTo("metalflow-run 2\n");
  }
}
