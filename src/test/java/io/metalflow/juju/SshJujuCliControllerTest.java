package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RunId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Controllers: show, bootstrap and destroy as detached runs, and the dashboard. */
class SshJujuCliControllerTest extends CliFixture {

  private static final RunId RUN = new RunId("boot-maas-controller-1");
  private static final String CONTROLLER_MODEL =
      "{\"model\": {\"name\": \"controller\"}, \"machines\": {\"0\": {\"juju-status\":"
          + " {\"current\": \"started\"}, \"ip-addresses\": [\"fd42::10\", \"127.77.0.10\"],"
          + " \"instance-id\": \"a7tqn4\"}}, \"applications\": {%s}}";
  private static final String CONTROLLER_APP =
      "\"controller\": {\"charm\": \"juju-controller\", \"charm-name\": \"juju-controller\"}";
  private static final String DASHBOARD_READY =
      "\"dashboard\": {\"charm\": \"juju-dashboard\", \"charm-name\": \"juju-dashboard\","
          + " \"exposed\": true, \"relations\": {\"controller\": [{\"related-application\":"
          + " \"controller\", \"interface\": \"juju-dashboard\", \"scope\": \"global\"}]},"
          + " \"units\": {\"dashboard/0\": {\"workload-status\": {\"current\": \"active\"},"
          + " \"juju-status\": {\"current\": \"idle\"}, \"machine\": \"0\","
          + " \"public-address\": \"127.77.0.10\", \"open-ports\": [\"8080/tcp\"]}}}";

  @Test
  void knownControllerIsReadFromShowController() {
    runner.ok(
        "{\"maas-controller\": {\"details\": {\"uuid\": \"793d\", \"api-endpoints\":"
            + " [\"10.10.1.5:17070\"], \"cloud\": \"maas-one\", \"agent-version\": \"3.6.14\"},"
            + " \"controller-machines\": {\"0\": {\"instance-id\": \"a7tqn4\"}},"
            + " \"models\": {\"controller\": {\"uuid\": \"m1\"}}}}",
        "show-controller");

    ControllerInfo info = cli.controller("maas-controller").orElseThrow();

    assertThat(runner.commands)
        .containsExactly(juju("show-controller", "maas-controller", "--format=json"));
    assertThat(info.machineInstanceIds()).containsExactly("a7tqn4");
    assertThat(info.apiEndpoints()).containsExactly("10.10.1.5:17070");
  }

  @Test
  void unknownControllerIsEmpty() {
    runner.fail(1, "", "ERROR controller maas-controller not found\n", "show-controller");

    assertThat(cli.controller("maas-controller")).isEmpty();
  }

  @Test
  void unreachableControllerIsACommandFailure() {
    runner.fail(
        1,
        "",
        "ERROR opening API connection: dial tcp 10.10.1.5:17070: i/o timeout\n",
        "show-controller");

    assertThatThrownBy(() -> cli.controller("maas-controller"))
        .isInstanceOf(JujuCommandFailedException.class)
        .hasMessageContaining("i/o timeout");
  }

  @Test
  void bootstrapIsStartedDetachedWithTheExactArgv() {
    Map<String, String> config =
        new TreeMap<>(Map.of("bootstrap-timeout", "1800", "admin-secret", "x y"));
    BootstrapRequest request =
        new BootstrapRequest(
            "maas-one", "maas-controller", "ubuntu@22.04", "tags=juju", "tags=^virtual", config);

    assertThat(cli.startBootstrap(RUN, request)).isTrue();

    assertThat(jobs.starts)
        .containsExactly(
            new RecordingJobs.Start(
                RUN,
                List.of(
                    JUJU,
                    "bootstrap",
                    "--bootstrap-base",
                    "ubuntu@22.04",
                    "--bootstrap-constraints",
                    "tags=juju",
                    "--constraints",
                    "tags=^virtual",
                    "--config",
                    "admin-secret=x y",
                    "--config",
                    "bootstrap-timeout=1800",
                    "maas-one",
                    "maas-controller")));
    assertThat(runner.touched()).isFalse();
  }

  @Test
  void bootstrapWithoutOptionalConstraintsOrConfigSendsOnlyBaseCloudAndName() {
    cli.startBootstrap(
        RUN, new BootstrapRequest("maas-one", "maas-controller", "ubuntu@22.04", null, null, null));

    assertThat(jobs.starts.get(0).argv())
        .containsExactly(
            JUJU, "bootstrap", "--bootstrap-base", "ubuntu@22.04", "maas-one", "maas-controller");
  }

  @Test
  void bootstrapOfARunIdThatExistsIsNotStartedTwice() {
    BootstrapRequest request =
        new BootstrapRequest(
            "maas-one", "maas-controller", "ubuntu@22.04", "tags=juju", null, null);

    assertThat(cli.startBootstrap(RUN, request)).isTrue();
    assertThat(cli.startBootstrap(RUN, request)).isFalse();
  }

  @Test
  void bootstrapWithoutBaseIsRefused() {
    assertThatThrownBy(
            () ->
                cli.startBootstrap(
                    RUN, new BootstrapRequest("maas-one", "c", null, null, null, null)))
        .isInstanceOf(InvalidJujuNameException.class)
        .hasMessageStartingWith("base is missing");
    assertThat(jobs.starts).isEmpty();
  }

  @Test
  void destroyControllerIsStartedDetachedWithoutPrompt() {
    RunId run = new RunId("destroy-maas-controller-1");

    assertThat(cli.startDestroyController(run, "maas-controller")).isTrue();

    assertThat(jobs.starts)
        .containsExactly(
            new RecordingJobs.Start(
                run,
                juju(
                    "destroy-controller",
                    "--destroy-all-models",
                    "--destroy-storage",
                    "--no-prompt",
                    "maas-controller")));
  }

  @Test
  void jobStatusAndLogComeFromTheRemoteJobs() {
    cli.startBootstrap(
        RUN, new BootstrapRequest("maas-one", "maas-controller", "ubuntu@22.04", null, null, null));

    assertThat(cli.job(RUN)).isEqualTo(JobStatus.exited(0));
    assertThat(cli.jobLog(RUN, 42)).contains("Bootstrap complete");
    assertThat(jobs.calls).containsExactly("status " + RUN, "log " + RUN + " 42");
    assertThatThrownBy(() -> cli.jobLog(RUN, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dashboardIsDeployedOnTheControllerMachineIntegratedExposedAndLocated() {
    runner.ok(CONTROLLER_MODEL.formatted(CONTROLLER_APP), "status");
    runner.ok("", "deploy").ok("", "integrate").ok("", "expose");
    runner.ok(CONTROLLER_MODEL.formatted(CONTROLLER_APP + ", " + DASHBOARD_READY), "status");

    DashboardInfo info = cli.ensureDashboard("maas-controller");

    String model = "maas-controller:controller";
    assertThat(runner.commands)
        .containsExactly(
            juju("status", "-m", model, "--format=json"),
            juju("deploy", "-m", model, "juju-dashboard", "dashboard", "--to", "0"),
            juju("integrate", "-m", model, "dashboard", "controller"),
            juju("expose", "-m", model, "dashboard"),
            juju("status", "-m", model, "--format=json"));
    assertThat(info)
        .isEqualTo(
            new DashboardInfo("127.77.0.10", 8080, "ssh -L 8080:127.77.0.10:8080 ubuntu@main"));
    assertThat(info.url()).isEqualTo("http://127.77.0.10:8080");
  }

  @Test
  void dashboardInPlaceSendsNothingButStatus() {
    runner.ok(CONTROLLER_MODEL.formatted(CONTROLLER_APP + ", " + DASHBOARD_READY), "status");

    assertThat(cli.ensureDashboard("maas-controller").address()).isEqualTo("127.77.0.10");
    assertThat(runner.commands).hasSize(1);
  }

  @Test
  void dashboardUnitWithoutAddressFallsBackToTheControllerMachinesIpv4Address() {
    String unplaced = DASHBOARD_READY.replace(", \"public-address\": \"127.77.0.10\"", "");
    runner.ok(CONTROLLER_MODEL.formatted(CONTROLLER_APP + ", " + unplaced), "status");

    assertThat(cli.ensureDashboard("maas-controller").address()).isEqualTo("127.77.0.10");
  }

  @Test
  void dashboardWithNoAddressAnywhereIsRetryablyNotReady() {
    String unplaced = DASHBOARD_READY.replace(", \"public-address\": \"127.77.0.10\"", "");
    runner.ok(
        "{\"model\": {\"name\": \"controller\"}, \"machines\": {}, \"applications\": {"
            + unplaced
            + "}}",
        "status");

    assertThatThrownBy(() -> cli.ensureDashboard("maas-controller"))
        .isInstanceOfSatisfying(
            JujuNotReadyException.class, e -> assertThat(e.isRetryable()).isTrue());
  }

  @Test
  void dashboardNameTakenByAnotherCharmIsAConflict() {
    runner.ok(
        CONTROLLER_MODEL.formatted(
            CONTROLLER_APP + ", \"dashboard\": {\"charm-name\": \"grafana\"}"),
        "status");

    assertThatThrownBy(() -> cli.ensureDashboard("maas-controller"))
        .isInstanceOf(JujuConflictException.class)
        .hasMessageContaining("grafana");
    assertThat(runner.commands).hasSize(1);
  }
}
