package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The juju client on the main host: version, install, cloud and credential, over a scripted SSH.
 */
class SshJujuCliClientTest extends CliFixture {

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger metalflowLogger = (Logger) LoggerFactory.getLogger("io.metalflow");

  @BeforeEach
  void captureLogs() {
    metalflowLogger.setLevel(Level.TRACE);
    metalflowLogger.addAppender(logs);
    logs.start();
  }

  @AfterEach
  void releaseLogs() {
    metalflowLogger.detachAppender(logs);
    metalflowLogger.setLevel(null);
  }

  @Test
  void versionIsTheFirstLineJujuVersionPrintsUsingTheFullPathAndTimeout() {
    runner.ok("3.6.14-genericlinux-amd64\n", "version");

    assertThat(cli.version()).contains("3.6.14-genericlinux-amd64");
    assertThat(runner.commands).containsExactly(List.of(JUJU, "version"));
    assertThat(runner.timeouts).containsExactly(Duration.ofMinutes(2));
  }

  @Test
  void missingClientAnswersEmptyVersion() {
    runner.fail(127, "", "sh: 1: /snap/bin/juju: not found\n", "version");

    assertThat(cli.version()).isEmpty();
  }

  @Test
  void otherVersionFailureIsACommandFailureWithExitCodeAndStreams() {
    runner.fail(1, "", "ERROR cannot read juju data\n", "version");

    assertThatThrownBy(cli::version)
        .isInstanceOfSatisfying(
            JujuCommandFailedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(1);
              assertThat(e.stderr()).isEqualTo("ERROR cannot read juju data\n");
              assertThat(e.argv()).containsExactly(JUJU, "version");
            })
        .hasMessage("juju version exited 1: ERROR cannot read juju data");
  }

  @Test
  void configuredBinaryAndTimeoutAreUsed() {
    SshJujuCli custom =
        new SshJujuCli(
            runner,
            jobs,
            () -> KEY,
            new JujuProperties("/usr/local/bin/juju", "3.5", Duration.ofSeconds(30)),
            "ubuntu@main");
    runner.ok("3.5.4-genericlinux-amd64\n", "/usr/local/bin/juju", "version");

    custom.version();

    assertThat(runner.commands).containsExactly(List.of("/usr/local/bin/juju", "version"));
    assertThat(runner.timeouts).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void installClientRunsSnapInstallThenCreatesTheSnapDataDirectory() {
    runner.ok("juju (3.6/stable) 3.6.14 from Canonical✓ installed\n", "sudo", "snap");
    runner.ok("", "mkdir");

    cli.installClient("3.6");

    assertThat(runner.commands)
        .containsExactly(
            List.of("sudo", "snap", "install", "juju", "--channel", "3.6"),
            List.of("mkdir", "-p", ".local/share"));
  }

  @Test
  void installClientWithoutChannelUsesTheConfiguredOne() {
    runner.ok("", "sudo").ok("", "mkdir");

    cli.installClient(null);

    assertThat(runner.commands.get(0))
        .containsExactly("sudo", "snap", "install", "juju", "--channel", "3.6");
  }

  @Test
  void alreadyInstalledClientIsASuccess() {
    runner.fail(1, "", "snap \"juju\" is already installed, see 'snap help refresh'\n", "sudo");
    runner.ok("", "mkdir");

    cli.installClient("3.6");

    assertThat(runner.commands).hasSize(2);
  }

  @Test
  void hostWithoutMkdirStillCountsAsInstalled() {
    runner.ok("", "sudo").fail(127, "", "sh: 1: mkdir: not found\n", "mkdir");

    cli.installClient("3.6");

    assertThat(runner.commands).hasSize(2);
  }

  @Test
  void failedInstallIsACommandFailure() {
    runner.fail(1, "", "sudo: a password is required\n", "sudo");

    assertThatThrownBy(() -> cli.installClient("3.6"))
        .isInstanceOfSatisfying(
            JujuCommandFailedException.class,
            e ->
                assertThat(e.argv())
                    .containsExactly("sudo", "snap", "install", "juju", "--channel", "3.6"));
  }

  @Test
  void missingCloudIsAddedFromAnOwnerOnlyYamlFileThatIsRemovedAfterwards() throws Exception {
    runner.ok("{\"localhost\": {\"defined\": \"built-in\", \"type\": \"lxd\"}}", "clouds");
    runner.answer(
        new CommandResult(0, "", "Cloud \"maas-one\" successfully added to your local client.\n"),
        "add-cloud");

    assertThat(cli.ensureCloud(new MaasCloud("maas-one", ENDPOINT))).isTrue();

    ScriptedRunner.Upload upload = runner.uploads.get(0);
    assertThat(upload.path()).startsWith(".metalflow/tmp/cloud-").endsWith(".yaml");
    assertThat(upload.mode()).isEqualTo(0600);
    JsonNode cloud = new YAMLMapper().readTree(upload.content()).path("clouds").path("maas-one");
    assertThat(cloud.path("type").asText()).isEqualTo("maas");
    assertThat(cloud.path("auth-types").get(0).asText()).isEqualTo("oauth1");
    assertThat(cloud.path("endpoint").asText()).isEqualTo(ENDPOINT);
    assertThat(runner.commands)
        .containsExactly(
            juju("clouds", "--client", "--format=json"),
            juju("add-cloud", "--client", "-f", upload.path(), "maas-one"));
    assertThat(runner.events)
        .containsSubsequence(
            "upload " + upload.path(),
            "run " + String.join(" ", runner.commands.get(1)),
            "remove " + upload.path());
  }

  @Test
  void knownCloudWithTheSameEndpointSendsNothingButTheCheck() {
    runner.ok(
        "{\"maas-one\": {\"defined\": \"local\", \"type\": \"maas\", \"auth-types\": [\"oauth1\"],"
            + " \"endpoint\": \"http://10.0.0.2:5240/MAAS/\", \"regions\": {\"default\": {}}}}",
        "clouds");

    assertThat(cli.ensureCloud(new MaasCloud("maas-one", ENDPOINT))).isFalse();

    assertThat(runner.commands).containsExactly(juju("clouds", "--client", "--format=json"));
    assertThat(runner.uploads).isEmpty();
  }

  @Test
  void knownCloudWithAnotherEndpointIsAConflict() {
    runner.ok(
        "{\"maas-one\": {\"type\": \"maas\", \"endpoint\": \"http://10.9.9.9:5240/MAAS\"}}",
        "clouds");

    assertThatThrownBy(() -> cli.ensureCloud(new MaasCloud("maas-one", ENDPOINT)))
        .isInstanceOf(JujuConflictException.class)
        .hasMessageContaining("http://10.9.9.9:5240/MAAS");
    assertThat(runner.uploads).isEmpty();
  }

  @Test
  void cloudAddedMeanwhileIsToleratedAsPresent() {
    runner.ok("{}", "clouds");
    runner.fail(
        1,
        "",
        "ERROR use `update-cloud maas-one --client` to override known definition: local cloud"
            + " \"maas-one\" already exists\n",
        "add-cloud");

    assertThat(cli.ensureCloud(new MaasCloud("maas-one", ENDPOINT))).isFalse();
    assertThat(runner.removals).containsExactly(runner.uploads.get(0).path());
  }

  @Test
  void otherAddCloudFailureCarriesExitCodeAndStreamsAndStillRemovesTheFile() {
    runner.ok("{}", "clouds");
    runner.fail(2, "out", "ERROR option provided but not defined: --client\n", "add-cloud");

    assertThatThrownBy(() -> cli.ensureCloud(new MaasCloud("maas-one", ENDPOINT)))
        .isInstanceOfSatisfying(
            JujuCommandFailedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(e.stdout()).isEqualTo("out");
              assertThat(e.stderr()).contains("option provided but not defined");
            });
    assertThat(runner.removals).containsExactly(runner.uploads.get(0).path());
  }

  @Test
  void missingCredentialIsAddedFromAnOwnerOnlyFileHoldingTheKeyThenRemoved() throws Exception {
    runner.ok(
        "{\"client-credentials\": {\"other\": {\"cloud-credentials\": {\"anvil\": {}}}}}",
        "credentials");
    runner.ok("Credential \"anvil\" added locally for cloud \"maas-one\".\n\n", "add-credential");

    assertThat(cli.ensureCredential("maas-one", "anvil")).isTrue();

    ScriptedRunner.Upload upload = runner.uploads.get(0);
    assertThat(upload.path()).startsWith(".metalflow/tmp/credential-").endsWith(".yaml");
    assertThat(upload.mode()).isEqualTo(0600);
    JsonNode entry =
        new YAMLMapper()
            .readTree(upload.content())
            .path("credentials")
            .path("maas-one")
            .path("anvil");
    assertThat(entry.path("auth-type").asText()).isEqualTo("oauth1");
    assertThat(entry.path("maas-oauth").asText()).isEqualTo(KEY.reveal());
    assertThat(runner.commands)
        .containsExactly(
            juju("credentials", "--client", "--format=json"),
            juju("add-credential", "--client", "-f", upload.path(), "maas-one"));
    assertThat(runner.removals).containsExactly(upload.path());
    assertKeyNowhereIn(logText());
  }

  @Test
  void storedCredentialSendsNothingButTheCheckAndDoesNotReadTheKey() {
    runner.ok(
        "{\"client-credentials\": {\"maas-one\": {\"default-credential\": \"anvil\","
            + " \"cloud-credentials\": {\"anvil\": {\"auth-type\": \"oauth1\"}}}}}",
        "credentials");

    assertThat(cli.ensureCredential("maas-one", "anvil")).isFalse();

    assertThat(runner.commands).containsExactly(juju("credentials", "--client", "--format=json"));
    assertThat(runner.uploads).isEmpty();
    assertThat(keyReads).hasValue(0);
  }

  @Test
  void credentialAddedMeanwhileIsToleratedAsPresent() {
    runner.ok("{}", "credentials");
    runner.fail(
        1,
        "No local credentials for cloud \"maas-one\" changed.\n",
        "ERROR credential \"anvil\" for cloud \"maas-one\" already exists locally, use 'juju"
            + " update-credential maas-one anvil -f f.yaml' to update this local client copy\n",
        "add-credential");

    assertThat(cli.ensureCredential("maas-one", "anvil")).isFalse();
    assertThat(runner.removals).hasSize(1);
  }

  @Test
  void failedAddCredentialRemovesTheFileAndNeverShowsTheKey() {
    runner.ok("{}", "credentials");
    runner.fail(
        1,
        "parsed maas-oauth " + KEY.reveal() + "\n",
        "ERROR invalid maas-oauth \"" + KEY.reveal() + "\" (token " + KEY.tokenSecret() + ")\n",
        "add-credential");

    assertThatThrownBy(() -> cli.ensureCredential("maas-one", "anvil"))
        .isInstanceOfSatisfying(
            JujuCommandFailedException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(1);
              assertThat(e.stderr()).startsWith("ERROR invalid maas-oauth \"****\"");
              assertKeyNowhereIn(e.getMessage() + e.stdout() + e.stderr() + e.argv() + e);
            });
    assertThat(runner.removals).containsExactly(runner.uploads.get(0).path());
    assertKeyNowhereIn(logText());
  }

  @Test
  void credentialFileIsRemovedWhenTheConnectionDropsDuringAddCredential() {
    runner.ok("{}", "credentials");
    SshException dropped = new SshException("main", "connection reset", null);
    runner.answer(
        () -> {
          throw dropped;
        },
        "add-credential");

    assertThatThrownBy(() -> cli.ensureCredential("maas-one", "anvil")).isSameAs(dropped);
    assertThat(runner.removals).containsExactly(runner.uploads.get(0).path());
  }

  @Test
  void missingApiKeyIsAClearErrorAndNothingIsUploaded() {
    SshJujuCli keyless = new SshJujuCli(runner, jobs, () -> null, JujuProperties.defaults(), "u@h");
    runner.ok("{}", "credentials");

    assertThatThrownBy(() -> keyless.ensureCredential("maas-one", "anvil"))
        .isInstanceOf(JujuException.class)
        .hasMessageContaining("no MAAS API key");
    assertThat(runner.uploads).isEmpty();
  }

  private String logText() {
    StringBuilder text = new StringBuilder();
    logs.list.forEach(e -> text.append(e.getFormattedMessage()).append('\n'));
    assertThat(logs.list).as("the code under test logs its commands").isNotEmpty();
    return text.toString();
  }

  private static void assertKeyNowhereIn(String text) {
    assertThat(text)
        .doesNotContain(KEY.reveal())
        .doesNotContain(KEY.consumerKey())
        .doesNotContain(KEY.tokenKey())
        .doesNotContain(KEY.tokenSecret());
  }
}
