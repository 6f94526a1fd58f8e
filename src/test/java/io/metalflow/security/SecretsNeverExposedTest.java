package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.juju.JujuCli;
import io.metalflow.lab.EmbeddedLab;
import io.metalflow.lab.juju.CommandLogEntry;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.CommonNames;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.TeardownControllerProcess;
import io.metalflow.security.Rest.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One whole observability-stack run on the embedded lab, driven over REST by an operator (start,
 * "Tag a machine" with tag-for-me on server1, "Done with the lab", "Approve teardown"), with HTTP
 * and SSH logging at their most detailed. Afterwards no secret is anywhere a user or an operator of
 * the machine could read it: not in variables, history, incidents, job stack traces, the log file
 * or any HTTP answer.
 */
@ExtendWith(RunningMetalflow.Lease.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretsNeverExposedTest {

  private static final String CONTROLLER = "maas-controller";
  private static final String MODEL = "prom";
  private static final Pattern SAFE_RUN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private RunningMetalflow app;
  private EmbeddedLab lab;
  private final Secrets secrets = new Secrets();
  private final Map<String, String> whileRunning = new LinkedHashMap<>();
  private HistoricProcessInstance run;
  private Instant started;

  @BeforeAll
  void runTheWholeStackOverRest() throws IOException {
    app = RunningMetalflow.get();
    lab = app.lab();
    started = Instant.now();
    LabRun stack = new LabRun(app, app.operator(), "secrets-run");
    stack.start(
        ObservabilityStackProcess.KEY,
        Map.of(
            CommonNames.MACHINE_TAG, "secrets-run",
            CommonNames.CLOUD_NAME, "secrets-cloud",
            CommonNames.CREDENTIAL_NAME, "secrets-credential"));

    stack.complete(
        stack.awaitTask(BootstrapControllerProcess.USER_TASK_TAG_MACHINE),
        Map.of(
            BootstrapControllerProcess.TAG_CHOICE,
            BootstrapControllerProcess.TAG_FOR_ME,
            BootstrapControllerProcess.CHOSEN_MACHINE,
            systemId("server1")));
    String labDone = stack.awaitTask(ObservabilityStackProcess.USER_TASK_LAB_DONE);
    collectSecretsWhileTheStackRuns();
    whileRunning.putAll(EngineTexts.runtime(app));
    whileRunning.putAll(EngineTexts.history(app));

    stack.complete(labDone, Map.of(ObservabilityStackProcess.LAB_NOTES, "all good"));
    stack.complete(
        stack.awaitTask(TeardownControllerProcess.USER_TASK_APPROVE_TEARDOWN),
        Map.of(
            TeardownControllerProcess.TEARDOWN_DECISION,
            TeardownControllerProcess.DECISION_APPROVE));
    run = stack.awaitEnd();
  }

  private void collectSecretsWhileTheStackRuns() {
    String grafana =
        lab.mainHost().state().unit(CONTROLLER, MODEL, "grafana/0").orElseThrow().secret();
    String reported =
        app.bean(JujuCli.class)
            .runAction(CONTROLLER, MODEL, "grafana/0", "get-admin-password")
            .results()
            .get("password");
    assertThat(reported).as("the password juju reports is the lab's").isEqualTo(grafana);
    secrets
        .addMaasKey(app.dataDir().resolve("lab/maas-api-key"))
        .addPrivateKey(lab.mainHost().clientKeyFile())
        .add("Grafana admin password", grafana)
        .add(
            "Juju controller admin password",
            lab.mainHost().state().controller(CONTROLLER).orElseThrow().adminPassword())
        .add("Metalflow admin password", app.adminPassword())
        .add("operator password", app.operatorPassword())
        .add("viewer password", app.viewerPassword());
  }

  @Test
  void theRunWentThroughTeardownToItsEnd() {
    assertThat(run.getState()).isEqualTo("COMPLETED");
    assertThat(
            app.bean(HistoryService.class)
                .createHistoricActivityInstanceQuery()
                .processInstanceId(run.getId())
                .activityId(ObservabilityStackProcess.END_LAB_TORN_DOWN)
                .count())
        .isEqualTo(1);
    assertThat(secrets.size()).isGreaterThanOrEqualTo(10);
  }

  @Test
  void noSecretInAnyVariableWhileTheStackRanOrAfterwards() {
    Map<String, String> engine = new LinkedHashMap<>(whileRunning);
    engine.putAll(EngineTexts.runtime(app));
    engine.putAll(EngineTexts.history(app));

    assertThat(engine.keySet()).anyMatch(label -> label.startsWith("runtime variable"));
    assertThat(engine).containsValue(CONTROLLER);
    assertThat(secrets.foundIn(engine)).isEmpty();
  }

  @Test
  void noSecretInTheLogFileAndHttpAndSshLoggingRanAtFullDetail() throws IOException {
    String log = Files.readString(app.logFile());

    assertThat(log)
        .as("MAAS HTTP headers were logged, the Authorization header redacted")
        .contains("io.metalflow.maas.http", "Authorization: ██")
        .as("SSH commands and JSch's own log were logged")
        .contains("ssh 127.0.0.1:", "Authentication succeeded (publickey)");
    assertThat(secrets.foundIn(Map.of("log file " + app.logFile(), log))).isEmpty();
  }

  @Test
  void noSecretInAnyHttpAnswerTheTestReceived() {
    List<Reply> received = Rest.received();
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < received.size(); i++) {
      Reply reply = received.get(i);
      answers.put(
          "answer " + i + " to " + reply.method() + " " + reply.path(),
          reply.headers().map() + "\n" + reply.body());
    }

    assertThat(answers.values()).anyMatch(text -> text.contains(run.getId()));
    assertThat(secrets.foundIn(answers)).isEmpty();
  }

  @Test
  void detachedJobsRanUnderSafeRunIds() {
    List<String> runIds =
        commandsSinceStart()
            .filter(argv -> argv.size() > 2 && argv.get(0).endsWith("metalflow-run"))
            .filter(argv -> !argv.get(1).equals("version"))
            .map(argv -> argv.get(2))
            .distinct()
            .toList();

    assertThat(runIds)
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(id -> SAFE_RUN_ID.matcher(id).matches());
  }

  @Test
  void theUploadedCredentialsFileIsGoneFromTheMainHost() throws IOException {
    assertThat(commandsSinceStart())
        .as("the run added its credential from an uploaded file")
        .anyMatch(argv -> argv.contains("add-credential") && argv.contains("-f"));
    Path tmp = lab.mainHost().homeDirectory().resolve(".metalflow/tmp");
    try (Stream<Path> left = Files.exists(tmp) ? Files.list(tmp) : Stream.empty()) {
      assertThat(left).isEmpty();
    }
  }

  private Stream<List<String>> commandsSinceStart() {
    return lab.mainHost().state().commandLog().stream()
        .filter(entry -> !entry.time().isBefore(started))
        .map(CommandLogEntry::argv);
  }

  private String systemId(String hostname) {
    return lab.maas().machines().byHostname(hostname).orElseThrow().systemId();
  }
}
