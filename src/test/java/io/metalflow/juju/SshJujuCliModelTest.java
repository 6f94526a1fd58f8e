package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.ssh.SshException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models, applications, relations, status, resolve and actions, over a scripted SSH. */
class SshJujuCliModelTest extends CliFixture {

  private static final String MODELS =
      "{\"models\": [{\"name\": \"admin/controller\", \"short-name\": \"controller\"}],"
          + " \"current-model\": \"controller\"}";
  private static final String GRAFANA =
      "\"grafana\": {\"charm\": \"grafana\", \"charm-name\": \"grafana\", \"exposed\": false}";
  private static final Endpoint GRAFANA_SOURCE = new Endpoint("grafana", "grafana-source");
  private static final Endpoint PROMETHEUS_SOURCE = new Endpoint("prometheus", "grafana-source");

  @Test
  void missingModelIsAddedOnTheNamedControllerWithoutSwitching() {
    runner.ok(MODELS, "models").ok("", "add-model");

    assertThat(cli.ensureModel("maas-controller", "prom", "maas-one", "anvil")).isTrue();

    assertThat(runner.commands)
        .containsExactly(
            juju("models", "-c", "maas-controller", "--format=json"),
            juju(
                "add-model",
                "-c",
                "maas-controller",
                "prom",
                "maas-one",
                "--credential",
                "anvil",
                "--no-switch"));
  }

  @Test
  void existingModelSendsNothingButTheCheck() {
    runner.ok("{\"models\": [{\"name\": \"admin/prom\", \"short-name\": \"prom\"}]}", "models");

    assertThat(cli.ensureModel("maas-controller", "prom", "maas-one", "anvil")).isFalse();
    assertThat(runner.commands).hasSize(1);
  }

  @Test
  void modelAddedMeanwhileIsToleratedAsPresent() {
    runner.ok(MODELS, "models");
    runner.fail(
        1,
        "",
        "ERROR failed to create new model: model \"prom\" for admin already exists (already exists)\n",
        "add-model");

    assertThat(cli.ensureModel("maas-controller", "prom", null, null)).isFalse();
    assertThat(runner.commands.get(1))
        .containsExactly(JUJU, "add-model", "-c", "maas-controller", "prom", "--no-switch");
  }

  @Test
  void statusIsReadFromTheExplicitControllerAndModel() {
    runner.ok(Fixtures.status("lxd-3.6.4-subordinate-blocked.json"), "status");

    JujuStatus status = cli.status("maas-controller", "prom");

    assertThat(runner.commands)
        .containsExactly(juju("status", "-m", "maas-controller:prom", "--format=json"));
    assertThat(status.applications()).containsOnlyKeys("nrpe", "ubun2", "ubuntu");
  }

  @Test
  void missingApplicationIsDeployedWithEveryOptionInOrder() {
    runner.ok(EMPTY_MODEL, "status").ok("", "deploy");
    ApplicationSpec spec =
        new ApplicationSpec(
            "prometheus",
            "prometheus2",
            "latest/stable",
            "ubuntu@20.04",
            2,
            "tags=prom mem=4G",
            Map.of("scrape-interval", "15s", "admin_password", "not logged; $(x)"));

    assertThat(cli.ensureApplication("maas-controller", "prom", spec)).isTrue();

    assertThat(runner.commands.get(1))
        .containsExactly(
            JUJU,
            "deploy",
            "-m",
            "maas-controller:prom",
            "prometheus2",
            "prometheus",
            "--channel",
            "latest/stable",
            "--base",
            "ubuntu@20.04",
            "-n",
            "2",
            "--constraints",
            "tags=prom mem=4G",
            "--config",
            "admin_password=not logged; $(x)",
            "--config",
            "scrape-interval=15s");
  }

  @Test
  void singleUnitApplicationFromALocalCharmIsDeployedByPath() {
    runner.ok(EMPTY_MODEL, "status").ok("", "deploy");

    cli.ensureApplication(
        "maas-controller",
        "prom",
        new ApplicationSpec("grafana", "charms/grafana_r69.charm", null, null, 1, null, null));

    assertThat(runner.commands.get(1))
        .containsExactly(
            JUJU, "deploy", "-m", "maas-controller:prom", "./charms/grafana_r69.charm", "grafana");
  }

  @Test
  void localCharmWithAChannelIsRefusedBeforeAnythingIsSent() {
    ApplicationSpec spec =
        new ApplicationSpec("grafana", "grafana.charm", "latest/stable", null, 1, null, null);

    assertThatThrownBy(() -> cli.ensureApplication("maas-controller", "prom", spec))
        .isInstanceOf(InvalidJujuNameException.class)
        .hasMessageContaining("applies to Charmhub charms");
    assertThat(runner.touched()).isFalse();
  }

  @Test
  void existingApplicationWithTheSameCharmSendsNothingButStatus() {
    runner.ok(statusWith(GRAFANA), "status");

    assertThat(
            cli.ensureApplication(
                "maas-controller",
                "prom",
                new ApplicationSpec("grafana", "./grafana_r69.charm", null, null, 1, null, null)))
        .isFalse();
    assertThat(runner.commands).hasSize(1);
  }

  @Test
  void existingApplicationWithAnotherCharmIsAConflict() {
    runner.ok(statusWith(GRAFANA), "status");

    assertThatThrownBy(
            () ->
                cli.ensureApplication(
                    "maas-controller",
                    "prom",
                    new ApplicationSpec("grafana", "grafana-k8s", null, null, 1, null, null)))
        .isInstanceOf(JujuConflictException.class)
        .hasMessage("application \"grafana\" already exists with charm grafana, not grafana-k8s");
  }

  @Test
  void applicationDeployedMeanwhileIsToleratedWhenItRunsTheSameCharm() {
    runner.ok(EMPTY_MODEL, "status");
    runner.fail(
        1, "", "ERROR cannot add application \"grafana\": application already exists\n", "deploy");
    runner.ok(statusWith(GRAFANA), "status");

    assertThat(
            cli.ensureApplication(
                "maas-controller",
                "prom",
                new ApplicationSpec("grafana", "grafana", null, null, 1, null, null)))
        .isFalse();
    assertThat(runner.commands).hasSize(3);
  }

  @Test
  void failedDeployMasksConfigValuesInTheCarriedArgv() {
    runner.ok(EMPTY_MODEL, "status");
    runner.fail(
        1,
        "",
        "ERROR selecting releases: charm or bundle not found for channel \"stable\"\n",
        "deploy");
    ApplicationSpec spec =
        new ApplicationSpec(
            "grafana", "grafana", null, null, 1, null, Map.of("admin_password", "hunter2"));

    assertThatThrownBy(() -> cli.ensureApplication("maas-controller", "prom", spec))
        .isInstanceOfSatisfying(
            JujuCommandFailedException.class,
            e -> {
              assertThat(e.argv())
                  .contains("admin_password=****")
                  .doesNotContain("admin_password=hunter2");
              assertThat(e.exitCode()).isEqualTo(1);
            })
        .hasMessageNotContaining("hunter2")
        .hasMessageContaining("ERROR selecting releases");
  }

  @Test
  void missingRelationIsIntegratedWithBothEndpointsNamed() {
    runner.ok(
        statusWith(GRAFANA + ", \"prometheus\": {\"charm-name\": \"prometheus2\"}"), "status");
    runner.ok("", "integrate");

    assertThat(cli.ensureRelation("maas-controller", "prom", GRAFANA_SOURCE, PROMETHEUS_SOURCE))
        .isTrue();

    assertThat(runner.commands.get(1))
        .containsExactly(
            JUJU,
            "integrate",
            "-m",
            "maas-controller:prom",
            "grafana:grafana-source",
            "prometheus:grafana-source");
  }

  @Test
  void relationPresentIn3xObjectFormSendsNothingButStatus() {
    runner.ok(
        statusWith(
            "\"grafana\": {\"charm-name\": \"grafana\", \"relations\": {\"grafana-source\":"
                + " [{\"related-application\": \"prometheus\", \"interface\": \"grafana-source\","
                + " \"scope\": \"global\"}]}},"
                + " \"prometheus\": {\"charm-name\": \"prometheus2\", \"relations\": {\"grafana-source\":"
                + " [{\"related-application\": \"grafana\", \"interface\": \"grafana-source\","
                + " \"scope\": \"global\"}]}}"),
        "status");

    assertThat(cli.ensureRelation("maas-controller", "prom", GRAFANA_SOURCE, PROMETHEUS_SOURCE))
        .isFalse();
    assertThat(runner.commands).hasSize(1);
  }

  @Test
  void relationPresentIn29ListFormSendsNothingButStatus() {
    runner.ok(
        statusWith(
            "\"grafana\": {\"relations\": {\"grafana-source\": [\"prometheus\"]}},"
                + " \"prometheus\": {\"relations\": {\"grafana-source\": [\"grafana\"]}}"),
        "status");

    assertThat(cli.ensureRelation("maas-controller", "prom", GRAFANA_SOURCE, PROMETHEUS_SOURCE))
        .isFalse();
  }

  @Test
  void relationAddedMeanwhileIsToleratedAsPresent() {
    runner.ok(statusWith(GRAFANA), "status");
    runner.fail(
        1,
        "",
        "ERROR cannot add relation \"grafana:grafana-source prometheus:grafana-source\"\n"
            + "relation grafana:grafana-source prometheus:grafana-source (already exists): \n\n"
            + "Use 'juju status --relations' to view the current relations.\n",
        "integrate");

    assertThat(cli.ensureRelation("maas-controller", "prom", GRAFANA_SOURCE, PROMETHEUS_SOURCE))
        .isFalse();
  }

  @Test
  void impossibleRelationIsACommandFailure() {
    runner.ok(statusWith(GRAFANA), "status");
    runner.fail(1, "", "ERROR no relations found\n", "integrate");

    assertThatThrownBy(
            () -> cli.ensureRelation("maas-controller", "prom", GRAFANA_SOURCE, PROMETHEUS_SOURCE))
        .isInstanceOf(JujuCommandFailedException.class)
        .hasMessageEndingWith("ERROR no relations found");
  }

  @Test
  void resolveRetriesTheUnitAndToleratesAUnitNoLongerInError() {
    runner.ok("", "resolve");
    runner.fail(1, "", "ERROR unit \"grafana/0\" is not in an error state\n", "resolve");

    cli.resolve("maas-controller", "prom", "grafana/0");
    cli.resolve("maas-controller", "prom", "grafana/0");

    assertThat(runner.commands)
        .containsOnly(juju("resolve", "-m", "maas-controller:prom", "grafana/0"))
        .hasSize(2);
  }

  @Test
  void actionResultsAreReadFromJson() {
    runner.ok(
        "{\"grafana/0\": {\"id\": \"2\", \"results\": {\"password\": \"s3cr3t\", \"return-code\": 0},"
            + " \"status\": \"completed\", \"unit\": \"grafana/0\"}}",
        "run");

    ActionResult result =
        cli.runAction("maas-controller", "prom", "grafana/0", "get-admin-password");

    assertThat(runner.commands)
        .containsExactly(
            juju(
                "run",
                "-m",
                "maas-controller:prom",
                "grafana/0",
                "get-admin-password",
                "--format=json"));
    assertThat(result.results()).containsEntry("password", "s3cr3t");
    assertThat(result.status()).isEqualTo("completed");
  }

  @Test
  void failedActionKeepsItsOutputOutOfTheException() {
    runner.fail(
        1,
        "{\"grafana/0\": {\"results\": {\"password\": \"s3cr3t\"}, \"status\": \"failed\"}}",
        "ERROR the following task failed:\n id \"2\" with return code 1\n",
        "run");

    assertThatThrownBy(
            () -> cli.runAction("maas-controller", "prom", "grafana/0", "get-admin-password"))
        .isInstanceOfSatisfying(
            JujuCommandFailedException.class,
            e -> {
              assertThat(e.stdout()).isEmpty();
              assertThat(e.exitCode()).isEqualTo(1);
              assertThat(e.getMessage() + e.stderr()).doesNotContain("s3cr3t");
            });
  }

  @Test
  void transportFailuresPropagateUnchanged() {
    SshException dropped = new SshException("main", "connection refused", null);
    runner.answer(
        () -> {
          throw dropped;
        },
        "status");

    assertThatThrownBy(() -> cli.status("maas-controller", "prom")).isSameAs(dropped);
  }

  @Test
  void unitCountsOutsideZeroToAThousandAreRefused() {
    assertThatThrownBy(
            () ->
                cli.ensureApplication(
                    "c",
                    "m",
                    new ApplicationSpec("grafana", "grafana", null, null, -1, null, null)))
        .isInstanceOf(InvalidJujuNameException.class)
        .hasMessageContaining("units");
    assertThat(runner.touched()).isFalse();
  }
}
