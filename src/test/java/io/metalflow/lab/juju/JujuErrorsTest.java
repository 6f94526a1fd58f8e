package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.maas.MachineStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Juju's error texts, streams and exit codes for the cases Metalflow must recognise. */
class JujuErrorsTest {

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
  }

  @AfterEach
  void stopHost() {
    ssh.close();
    host.close();
  }

  private LabSsh.Result juju(String... args) throws Exception {
    String[] argv = new String[args.length + 1];
    argv[0] = JUJU;
    System.arraycopy(args, 0, argv, 1, args.length);
    return ssh.run(argv);
  }

  private void bootstrap() throws Exception {
    LabSsh.Result result =
        juju(
            "bootstrap",
            "--bootstrap-series=jammy",
            "--constraints",
            "tags=juju",
            "maas-one",
            "maas-controller");
    assertThat(result.exitCode()).as(result.stderr()).isZero();
  }

  @Test
  void addingAnExistingCloudOrCredentialFailsWithJujusWording() throws Exception {
    assertThat(juju("add-cloud", "--client", "-f", LabFiles.CLOUD_FILE, "maas-one"))
        .isEqualTo(
            new LabSsh.Result(
                1,
                "",
                "ERROR use `update-cloud maas-one --client` to"
                    + " override known definition: local cloud \"maas-one\" already exists\n"));
    assertThat(juju("add-credential", "--client", "-f", LabFiles.CREDS_FILE, "maas-one"))
        .isEqualTo(
            new LabSsh.Result(
                1,
                "No local credentials for cloud \"maas-one\" changed.\n",
                "ERROR credential \"anvil\" for cloud \"maas-one\" already exists locally, use 'juju"
                    + " update-credential maas-one anvil -f "
                    + LabFiles.CREDS_FILE
                    + "' to update"
                    + " this local client copy\n"));
  }

  @Test
  void cloudAndCredentialFilesAreValidated() throws Exception {
    ssh.upload("other.yaml", LabFiles.cloud("other", "http://127.0.0.1:5240/MAAS"), 0600);
    assertThat(juju("add-cloud", "--client", "-f", "other.yaml", "maas-two").stderr())
        .isEqualTo("ERROR cloud \"maas-two\" not found in file \"other.yaml\"\n");
    ssh.upload(
        "bad.yaml",
        ("clouds:\n  bad:\n    type: maas\n    auth-types: [userpass]\n"
                + "    endpoint: http://127.0.0.1:5240/MAAS\n")
            .getBytes(StandardCharsets.UTF_8),
        0600);
    assertThat(juju("add-cloud", "--client", "-f", "bad.yaml", "bad").stderr())
        .contains("valid auth types for provider \"maas\" are [oauth1]");
    ssh.upload("creds.yaml", LabFiles.credentials("other", "x", "only:two"), 0600);
    juju("add-cloud", "--client", "-f", "other.yaml", "other");
    assertThat(juju("add-credential", "--client", "-f", "creds.yaml", "other").stderr())
        .contains("malformed maas-oauth (3 items separated by colons)");
    assertThat(juju("add-credential", "--client", "-f", "missing.yaml", "other"))
        .isEqualTo(
            new LabSsh.Result(1, "", "ERROR open missing.yaml: no such file or directory\n"));
  }

  @Test
  void bootstrapWithoutAMatchingMachineFailsWithMaasConflictAndAllocatesNothing() throws Exception {
    maas.defineTag("gpu");

    LabSsh.Result result =
        juju("bootstrap", "--bootstrap-constraints", "tags=gpu", "maas-one", "maas-controller");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr())
        .startsWith(
            "Creating Juju controller \"maas-controller\" on"
                + " maas-one/default\nLooking for packaged Juju agent version 3.6.14 for amd64\n")
        .contains("Launching controller instance(s) on maas-one/default...\n")
        .containsPattern(
            "ERROR failed to bootstrap model: cannot start bootstrap instance in"
                + " availability zone \"default\": failed to acquire node: No available machine"
                + " matches constraints: \\[\\('agent_name', \\['[0-9a-f-]{36}'\\]\\), \\('mem',"
                + " \\['3584'\\]\\), \\('tags', \\['gpu'\\]\\), \\('zone', \\['default'\\]\\)\\]"
                + " \\(resolved to \"mem=3584.0 tags=gpu zone=default\"\\)\n$");
    assertThat(maas.operations()).isEmpty();
    assertThat(host.state().controllers()).isEmpty();
    assertThat(juju("show-controller", "maas-controller"))
        .isEqualTo(new LabSsh.Result(1, "", "ERROR controller maas-controller not found\n"));
  }

  @Test
  void bootstrapWithACredentialMaasDoesNotKnowFailsLikeA401() throws Exception {
    ssh.upload(
        "wrong.yaml",
        LabFiles.credentials(
            "maas-one",
            "wrong",
            "aaaaaaaaaaaaaaaaaa:bbbbbbbbbbbbbbbbbb:cccccccccccccccccccccccccccccccc"),
        0600);
    juju("add-credential", "--client", "-f", "wrong.yaml", "maas-one");

    LabSsh.Result result = juju("bootstrap", "--credential", "wrong", "maas-one", "ctl");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr())
        .endsWith(
            "ERROR authentication failed.\n\nPlease ensure the" + " credentials are correct.\n");
    assertThat(maas.operations()).isEmpty();
    assertThat(host.state().controller("ctl")).isEmpty();
  }

  @Test
  void bootstrapRefusesATakenNameAnUnknownCloudAndBothSeriesAndBaseCountingEveryCall()
      throws Exception {
    bootstrap();
    assertThat(juju("bootstrap", "maas-one", "maas-controller"))
        .isEqualTo(
            new LabSsh.Result(1, "", "ERROR controller \"maas-controller\" already exists\n"));
    assertThat(juju("bootstrap", "nowhere", "c2").stderr())
        .isEqualTo("ERROR unknown cloud \"nowhere\", please try \"juju update-public-clouds\"\n");
    assertThat(
            juju(
                    "bootstrap",
                    "--bootstrap-series",
                    "jammy",
                    "--bootstrap-base",
                    "ubuntu@22.04",
                    "maas-one",
                    "c3")
                .exitCode())
        .isEqualTo(2);
    assertThat(host.state().counters("maas-controller").bootstraps()).isEqualTo(2);
  }

  @Test
  void deployFailsForUnknownCharmsTakenNamesAndUnpublishedBases() throws Exception {
    bootstrap();
    juju("add-model", "-c", "maas-controller", "prom");
    assertThat(juju("deploy", "-m", "maas-controller:prom", "grafanna").stderr())
        .isEqualTo(
            "ERROR cannot resolve charm or bundle \"grafanna\": charm or bundle not" + " found\n");
    assertThat(juju("deploy", "-m", "maas-controller:prom", "grafana").exitCode()).isZero();
    assertThat(juju("deploy", "-m", "maas-controller:prom", "grafana"))
        .isEqualTo(
            new LabSsh.Result(
                1,
                "",
                "ERROR cannot add application \"grafana\":" + " application already exists\n"));
    assertThat(
            juju("deploy", "-m", "maas-controller:prom", "prometheus2", "--base", "ubuntu@24.04")
                .stderr())
        .startsWith(
            "ERROR selecting releases: charm or bundle not"
                + " found for channel \"stable\", base \"amd64/ubuntu/24.04/stable\"\navailable"
                + " releases are:\n");
    assertThat(juju("deploy", "-m", "maas-controller:prom", "./missing.charm").stderr())
        .isEqualTo("ERROR no charm was found at \"./missing.charm\"\n");
    assertThat(juju("status", "-m", "maas-controller:nope", "--format=json"))
        .isEqualTo(new LabSsh.Result(1, "", "ERROR model maas-controller:admin/nope not found\n"));
  }

  @Test
  void integrateTwiceIsAlreadyExistsAndBareNamesAreAmbiguous() throws Exception {
    bootstrap();
    juju("add-model", "-c", "maas-controller", "prom");
    juju("deploy", "-m", "maas-controller:prom", "grafana");
    juju("deploy", "-m", "maas-controller:prom", "prometheus2", "prometheus");

    assertThat(juju("integrate", "-m", "maas-controller:prom", "grafana", "prometheus").stderr())
        .startsWith("ERROR ambiguous relation: \"grafana prometheus\" could refer to ");
    assertThat(
            juju(
                    "integrate",
                    "-m",
                    "maas-controller:prom",
                    "prometheus:grafana-source",
                    "grafana:grafana-source")
                .exitCode())
        .isZero();
    assertThat(
            juju(
                "relate",
                "-m",
                "maas-controller:prom",
                "grafana:grafana-source",
                "prometheus:grafana-source"))
        .isEqualTo(
            new LabSsh.Result(
                1,
                "",
                "ERROR cannot add relation \"grafana:grafana-source"
                    + " prometheus:grafana-source\"\nrelation grafana:grafana-source"
                    + " prometheus:grafana-source (already exists): \n\nUse 'juju status --relations' to"
                    + " view the current relations.\n"));
    assertThat(
            juju("integrate", "-m", "maas-controller:prom", "grafana:nope", "prometheus").stderr())
        .isEqualTo("ERROR application \"grafana\" has no \"nope\" relation\n");
    assertThat(host.state().relations("maas-controller", "prom")).hasSize(1);
  }

  @Test
  void destroyControllerRefusesLiveModelsUnknownNamesAndTheRemovedYesFlag() throws Exception {
    bootstrap();
    juju("add-model", "-c", "maas-controller", "prom");
    juju("deploy", "-m", "maas-controller:prom", "ubuntu");

    LabSsh.Result live = juju("destroy-controller", "--no-prompt", "maas-controller");

    assertThat(live.exitCode()).isEqualTo(1);
    assertThat(live.stderr())
        .isEqualTo(
            "WARNING This command will destroy the"
                + " \"maas-controller\" controller and all its resources\nDestroying controller\n"
                + "ERROR cannot destroy controller \"maas-controller\"\n\nThe controller has live"
                + " models. If you want\nto destroy all models in the controller,\nrun this command"
                + " again with the --destroy-all-models\noption.\n\nModels:\n\tadmin/prom (alive),"
                + " 1 machine, 1 application\n");
    assertThat(juju("destroy-controller", "-y", "maas-controller").exitCode()).isEqualTo(2);
    assertThat(juju("destroy-controller", "--no-prompt", "other"))
        .isEqualTo(new LabSsh.Result(1, "", "ERROR controller other not found\n"));
    assertThat(juju("destroy-controller", "--destroy-all-models", "maas-controller").stderr())
        .endsWith("ERROR controller destruction aborted\n");
    assertThat(host.state().controller("maas-controller")).isPresent();
    assertThat(maas.status("server1")).isEqualTo(MachineStatus.DEPLOYED);
  }

  @Test
  void removeApplicationAsksUnlessNoPromptAndNamesUnknownApplications() throws Exception {
    bootstrap();
    juju("add-model", "-c", "maas-controller", "prom");
    juju("deploy", "-m", "maas-controller:prom", "ubuntu");

    LabSsh.Result asked = juju("remove-application", "-m", "maas-controller:prom", "ubuntu");
    assertThat(asked.exitCode()).isEqualTo(1);
    assertThat(asked.stdout())
        .isEqualTo("will remove application ubuntu\n- will remove unit" + " ubuntu/0\n");
    assertThat(asked.stderr()).endsWith("ERROR aborted\n");
    assertThat(juju("remove-application", "-m", "maas-controller:prom", "--no-prompt", "nope"))
        .isEqualTo(
            new LabSsh.Result(
                1,
                "",
                "\nERROR removing application nope failed:" + " application \"nope\" not found\n"));
  }

  @Test
  void theJobWrapperFollowsItsProtocol() throws Exception {
    assertThat(ssh.run(LabFiles.WRAPPER, "version"))
        .isEqualTo(new LabSsh.Result(0, "metalflow-run 2\n", ""));
    assertThat(ssh.run(LabFiles.WRAPPER, "status", "Bad_Id"))
        .isEqualTo(new LabSsh.Result(2, "", "metalflow-run: invalid run id\n"));
    assertThat(ssh.run(LabFiles.WRAPPER, "status", "nothing-here"))
        .isEqualTo(new LabSsh.Result(0, "unknown\n", ""));
    assertThat(ssh.run(LabFiles.WRAPPER, "log", "nothing-here", "0"))
        .isEqualTo(new LabSsh.Result(1, "", "metalflow-run: unknown run nothing-here\n"));

    JujuJobs.start(ssh, "fail-1", "show-controller", "nope");

    assertThat(JujuJobs.awaitExit(ssh, "fail-1")).isEqualTo("exited 1");
    assertThat(ssh.run(LabFiles.WRAPPER, "log", "fail-1", "6").stdout())
        .isEqualTo("controller nope not found\n");
    assertThat(host.homeDirectory().resolve(".metalflow/runs/fail-1/exit")).hasContent("1");
  }
}
