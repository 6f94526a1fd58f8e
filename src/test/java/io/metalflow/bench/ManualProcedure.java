package io.metalflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the manual procedure of the lab report as a plain sequential program over the same
 * SSH main host and MAAS. Install the juju client if missing, add the cloud and the credential if
 * missing, {@code juju bootstrap} in the foreground, add the model, deploy Grafana and Prometheus,
 * poll {@code juju status} until every unit is active/idle, integrate, poll again, check Grafana
 * and Prometheus through SSH tunnels ({@link ManualStackCheck}), {@code juju destroy-controller} in
 * the foreground, and poll MAAS until the machines are Ready again. No retries, no state kept: what
 * an operator's shell script would do. Any unexpected answer throws.
 */
final class ManualProcedure {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration SHORT = Duration.ofMinutes(1);
  private static final Duration LONG = Duration.ofMinutes(15);

  private final SshCommandRunner ssh;
  private final MaasClient maas;
  private final String maasUrl;
  private final String maasKey;
  private final Duration poll;
  private final Map<String, Long> stepMillis = new LinkedHashMap<>();

  /**
   * @param maasKey the MAAS API key the operator pastes into the credentials file (never printed)
   * @param poll how long the status loops sleep between two reads
   */
  ManualProcedure(
      SshCommandRunner ssh, MaasClient maas, String maasUrl, String maasKey, Duration poll) {
    this.ssh = ssh;
    this.maas = maas;
    this.maasUrl = maasUrl;
    this.maasKey = maasKey;
    this.poll = poll;
  }

  /** Runs the whole procedure once; returns the wall time in ms. */
  long run(StackNames stack) {
    long start = System.nanoTime();
    String model = stack.controller() + ":" + stack.model();
    step("install client", this::ensureClient);
    step("add-cloud", this::ensureCloud);
    step("add-credential", this::ensureCredential);
    step(
        "bootstrap",
        () ->
            juju(
                LONG,
                "bootstrap",
                "--bootstrap-base",
                "ubuntu@22.04",
                "--bootstrap-constraints",
                "tags=" + stack.tag(),
                StackNames.CLOUD,
                stack.controller()));
    step(
        "add-model",
        () ->
            juju(
                SHORT,
                "add-model",
                "-c",
                stack.controller(),
                stack.model(),
                StackNames.CLOUD,
                "--credential",
                StackNames.CREDENTIAL,
                "--no-switch"));
    step(
        "deploy",
        () -> {
          deploy(model, "grafana", "grafana");
          deploy(model, "prometheus2", "prometheus");
        });
    step("wait for units", () -> waitSettled(model));
    step(
        "integrate",
        () ->
            juju(
                SHORT,
                "integrate",
                "-m",
                model,
                "prometheus:grafana-source",
                "grafana:grafana-source"));
    step("wait for relation", () -> waitSettled(model));
    step("check grafana", () -> new ManualStackCheck(ssh).check(model, status(model)));
    List<String> machines = new ArrayList<>();
    step("destroy-controller", () -> machines.addAll(destroy(stack, model)));
    step("wait for MAAS", () -> waitReady(machines));
    return (System.nanoTime() - start) / 1_000_000;
  }

  /** How long each step of the last run took (ms). */
  Map<String, Long> steps() {
    return stepMillis;
  }

  private void step(String name, Runnable body) {
    long start = System.nanoTime();
    body.run();
    stepMillis.put(name, (System.nanoTime() - start) / 1_000_000);
  }

  private void ensureClient() {
    if (ssh.run(List.of("juju", "version"), SHORT).exitCode() == 127) {
      check(ssh.run(List.of("sudo", "snap", "install", "juju", "--channel", "3.6"), LONG));
    }
  }

  private void ensureCloud() {
    if (juju(SHORT, "clouds", "--client", "--format=json").contains('"' + StackNames.CLOUD + '"')) {
      return;
    }
    String yaml =
        "clouds:\n  maas-one:\n    type: maas\n    auth-types: [oauth1]\n    endpoint: "
            + maasUrl
            + "\n";
    withFile(
        "manual/maas-cloud.yaml",
        yaml,
        f -> juju(SHORT, "add-cloud", "--client", "-f", f, StackNames.CLOUD));
  }

  private void ensureCredential() {
    String known = juju(SHORT, "credentials", "--client", "--format=json");
    if (known.contains('"' + StackNames.CREDENTIAL + '"')) {
      return;
    }
    String yaml =
        "credentials:\n  maas-one:\n    "
            + StackNames.CREDENTIAL
            + ":\n      auth-type: oauth1\n      maas-oauth: "
            + maasKey
            + "\n";
    withFile(
        "manual/maas-creds.yaml",
        yaml,
        f -> juju(SHORT, "add-credential", "--client", "-f", f, StackNames.CLOUD));
  }

  private void deploy(String model, String charm, String name) {
    juju(SHORT, "deploy", "-m", model, charm, name, "--constraints", StackNames.APP_CONSTRAINTS);
  }

  private void waitSettled(String model) {
    while (!settled(status(model))) {
      StackDriver.sleep(poll.toMillis());
    }
  }

  private JsonNode status(String model) {
    return json(juju(SHORT, "status", "-m", model, "--format=json"));
  }

  private static boolean settled(JsonNode status) {
    boolean any = false;
    for (JsonNode app : status.path("applications")) {
      for (JsonNode unit : app.path("units")) {
        any = true;
        if (unit.path("workload-status").path("current").asText().equals("error")) {
          throw new IllegalStateException("a unit is in error: " + unit);
        }
        if (!unit.path("workload-status").path("current").asText().equals("active")
            || !unit.path("juju-status").path("current").asText().equals("idle")) {
          return false;
        }
      }
    }
    return any;
  }

  private List<String> destroy(StackNames stack, String model) {
    List<String> machines = new ArrayList<>();
    status(model).path("machines").forEach(m -> machines.add(m.path("instance-id").asText()));
    maas.machines(MachineQuery.all().withTags(stack.tag()))
        .forEach(m -> machines.add(m.systemId()));
    juju(
        LONG,
        "destroy-controller",
        stack.controller(),
        "--destroy-all-models",
        "--destroy-storage",
        "--no-prompt");
    return machines;
  }

  private void waitReady(List<String> systemIds) {
    MachineQuery query = MachineQuery.all().withSystemIds(systemIds.toArray(String[]::new));
    while (!maas.machines(query).stream().allMatch(m -> m.status() == MachineStatus.READY)) {
      StackDriver.sleep(poll.toMillis());
    }
  }

  private void withFile(String path, String content, java.util.function.Consumer<String> use) {
    ssh.upload(path, content.getBytes(StandardCharsets.UTF_8), 0600);
    try {
      use.accept(path);
    } finally {
      ssh.remove(path);
    }
  }

  private String juju(Duration timeout, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add("juju");
    argv.addAll(List.of(args));
    return check(ssh.run(argv, timeout));
  }

  private static String check(CommandResult result) {
    if (!result.succeeded()) {
      throw new IllegalStateException("exit " + result.exitCode() + ": " + result.stderr().strip());
    }
    return result.stdout();
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("not JSON: " + text, e);
    }
  }
}
