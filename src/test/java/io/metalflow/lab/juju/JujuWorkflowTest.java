package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metalflow.maas.MachineStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manual lab sequence end to end over SSH, against the lab's MAAS simulator through the real
 * OkHttp client.
 */
class JujuWorkflowTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JUJU = "/snap/bin/juju";

  @TempDir Path dataDir;
  private RealMaas maas;
  private String controllerNode;
  private MainHostSimulator host;
  private LabSsh ssh;

  @BeforeEach
  void startHost() throws Exception {
    String prefix = LabFixtures.randomPrefix();
    maas = new RealMaas(dataDir, prefix);
    controllerNode = maas.tag("server1", "juju");
    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, prefix).withMaasApiKey(maas.key()), maas.client);
    ssh = new LabSsh(host);
  }

  @AfterEach
  void stopHost() {
    ssh.close();
    host.close();
    maas.close();
  }

  @Test
  void theWholeLabSequenceLeavesEveryMaasMachineReady() throws Exception {
    LabFiles.prepare(ssh, maas.key().reveal());
    JsonNode clouds = json(ssh.run(JUJU, "clouds", "--client", "--format=json"));
    assertThat(clouds.path("maas-one").path("type").asText()).isEqualTo("maas");

    bootstrapThroughTheWrapper();
    deployGrafanaAndPrometheus();
    integrateAndCheckTheDataSourceThroughATunnel();
    destroyTheController();

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(maas.machines())
                    .allSatisfy(
                        m -> {
                          assertThat(m.status()).isEqualTo(MachineStatus.READY);
                          assertThat(m.owner()).isNull();
                        }));
    assertThat(maas.simulator.operations())
        .filteredOn(op -> "release".equals(op.op()))
        .hasSize(3)
        .allMatch(op -> "Released by Juju MAAS provider".equals(op.param("comment")));
  }

  private void bootstrapThroughTheWrapper() throws Exception {
    LabSsh.Result started =
        JujuJobs.start(
            ssh,
            "boot-ctl-1",
            "bootstrap",
            "--bootstrap-base",
            "ubuntu@22.04",
            "--bootstrap-constraints",
            "tags=juju",
            "maas-one",
            "maas-controller");
    assertThat(started.stdout()).isEqualTo("started boot-ctl-1\n");

    assertThat(JujuJobs.awaitExit(ssh, "boot-ctl-1")).isEqualTo("exited 0");

    String log = JujuJobs.log(ssh, "boot-ctl-1");
    assertThat(log)
        .startsWith("Creating Juju controller \"maas-controller\" on maas-one/default\n")
        .contains(" - " + controllerNode + " (arch=amd64 mem=8G cores=4)\n")
        .contains("Bootstrap complete, controller \"maas-controller\" is now available\n")
        .endsWith(
            "Now you can run\n\tjuju add-model <model-name>\nto create a new model to"
                + " deploy workloads.\n");
    assertThat(JujuJobs.start(ssh, "boot-ctl-1", "bootstrap", "maas-one", "x").stdout())
        .isEqualTo("exists boot-ctl-1\n");
    assertThat(host.state().counters("maas-controller").bootstraps()).isEqualTo(1);
    JsonNode controller =
        json(ssh.run(JUJU, "show-controller", "maas-controller", "--format=json"))
            .path("maas-controller");
    assertThat(controller.path("controller-machines").path("0").path("instance-id").asText())
        .isEqualTo(controllerNode);
    assertThat(maas.machine("server1").status()).isEqualTo(MachineStatus.DEPLOYED);
  }

  private void deployGrafanaAndPrometheus() throws Exception {
    LabSsh.Result model = ssh.run(JUJU, "add-model", "-c", "maas-controller", "prom");
    assertThat(model.stderr())
        .isEqualTo(
            "Added 'prom' model on maas-one/default with credential"
                + " 'anvil' for user 'admin'\n");
    LabSsh.Result grafana = ssh.run(JUJU, "deploy", "-m", "maas-controller:prom", "grafana");
    assertThat(grafana)
        .isEqualTo(
            new LabSsh.Result(
                0,
                "",
                "Deployed \"grafana\" from charm-hub"
                    + " charm \"grafana\", revision 69 in channel latest/stable on ubuntu@22.04/stable\n"));
    LabSsh.Result prometheus =
        ssh.run(
            JUJU,
            "deploy",
            "-m",
            "maas-controller:prom",
            "prometheus2",
            "prometheus",
            "--channel",
            "latest/stable",
            "--base",
            "ubuntu@22.04");
    assertThat(prometheus.exitCode()).isZero();

    await().atMost(Duration.ofSeconds(30)).until(() -> settled(status()));
    JsonNode status = status();
    assertThat(
            status
                .path("applications")
                .path("grafana")
                .path("units")
                .path("grafana/0")
                .path("open-ports")
                .get(0)
                .asText())
        .isEqualTo("3000/tcp");
    assertThat(status.path("machines").size()).isEqualTo(2);
  }

  private void integrateAndCheckTheDataSourceThroughATunnel() throws Exception {
    assertThat(
            ssh.run(
                JUJU,
                "integrate",
                "-m",
                "maas-controller:prom",
                "grafana:grafana-source",
                "prometheus:grafana-source"))
        .isEqualTo(new LabSsh.Result(0, "", ""));
    String password =
        json(ssh.run(
                JUJU,
                "run",
                "-m",
                "maas-controller:prom",
                "grafana/0",
                "get-admin-password",
                "--format=json"))
            .path("grafana/0")
            .path("results")
            .path("password")
            .asText();
    assertThat(password).isNotBlank();
    JsonNode units = status().path("applications");
    String grafanaAddress =
        units.path("grafana").path("units").path("grafana/0").path("public-address").asText();
    String prometheusAddress =
        units.path("prometheus").path("units").path("prometheus/0").path("public-address").asText();
    int port = ssh.forward(grafanaAddress, 3000);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> get(port, "/api/datasources", password).body().contains(prometheusAddress));
    JsonNode source = JSON.readTree(get(port, "/api/datasources", password).body()).get(0);
    assertThat(source.path("type").asText()).isEqualTo("prometheus");
    assertThat(source.path("url").asText()).isEqualTo("http://" + prometheusAddress + ":9090");
    HttpResponse<String> health =
        get(port, "/api/datasources/uid/" + source.path("uid").asText() + "/health", password);
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(health.body()).path("message").asText())
        .isEqualTo("Successfully queried the Prometheus API.");
    assertThat(get(port, "/api/datasources", "wrong").statusCode()).isEqualTo(401);
  }

  private void destroyTheController() throws Exception {
    JujuJobs.start(
        ssh,
        "destroy-ctl-1",
        "destroy-controller",
        "--destroy-all-models",
        "--destroy-storage",
        "--no-prompt",
        "maas-controller");

    assertThat(JujuJobs.awaitExit(ssh, "destroy-ctl-1")).isEqualTo("exited 0");
    assertThat(JujuJobs.log(ssh, "destroy-ctl-1"))
        .startsWith(
            "WARNING This command will destroy the \"maas-controller\" controller and all"
                + " its resources\nDestroying controller\nWaiting for model resources to be"
                + " reclaimed\nWaiting for 1 model, 2 machines, 2 applications\n")
        .endsWith("All models reclaimed, cleaning up controller machines\n");
    assertThat(json(ssh.run(JUJU, "controllers", "--format=json")).path("controllers").size())
        .isZero();
  }

  private JsonNode status() throws Exception {
    return json(ssh.run(JUJU, "status", "-m", "maas-controller:prom", "--format=json"));
  }

  private static boolean settled(JsonNode status) {
    int units = 0;
    for (JsonNode app : status.path("applications")) {
      for (JsonNode unit : app.path("units")) {
        units++;
        if (!unit.path("workload-status").path("current").asText().equals("active")
            || !unit.path("juju-status").path("current").asText().equals("idle")) {
          return false;
        }
      }
    }
    return units == 2;
  }

  private static JsonNode json(LabSsh.Result result) throws Exception {
    assertThat(result.exitCode()).as(result.stderr()).isZero();
    return JSON.readTree(result.stdout());
  }

  private static HttpResponse<String> get(int port, String path, String password) throws Exception {
    String auth =
        Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Authorization", "Basic " + auth)
            .timeout(Duration.ofSeconds(5))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }
}
