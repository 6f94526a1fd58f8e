package io.metalflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshTunnel;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The manual check of the baseline: read Grafana's admin password with {@code juju run}, open SSH
 * tunnels to the Grafana and Prometheus units, and ask Grafana for a Prometheus data source whose
 * health check passes and Prometheus whether it is ready. Throws when any of it fails.
 */
final class ManualStackCheck {

  private final SshCommandRunner ssh;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ManualStackCheck(SshCommandRunner ssh) {
    this.ssh = ssh;
  }

  void check(String model, JsonNode status) {
    String password = adminPassword(model);
    String grafana = address(status, "grafana");
    String prometheus = address(status, "prometheus");
    try (SshTunnel toGrafana = ssh.openTunnel(grafana, 3000);
        SshTunnel toPrometheus = ssh.openTunnel(prometheus, 9090)) {
      String auth =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
      JsonNode sources = ManualProcedure.json(get(toGrafana, "/api/datasources", auth));
      String uid = null;
      for (JsonNode source : sources) {
        if (source.path("type").asText().equals("prometheus")) {
          uid = source.path("uid").asText();
        }
      }
      if (uid == null) {
        throw new IllegalStateException("Grafana has no Prometheus data source");
      }
      get(toGrafana, "/api/datasources/uid/" + uid + "/health", auth);
      get(toPrometheus, "/-/ready", null);
    }
  }

  private String adminPassword(String model) {
    var result =
        ssh.run(
            List.of("juju", "run", "-m", model, "grafana/0", "get-admin-password", "--format=json"),
            Duration.ofMinutes(1));
    if (!result.succeeded()) {
      throw new IllegalStateException("juju run get-admin-password exited " + result.exitCode());
    }
    return ManualProcedure.json(result.stdout())
        .path("grafana/0")
        .path("results")
        .path("password")
        .asText();
  }

  private static String address(JsonNode status, String app) {
    for (JsonNode unit : status.path("applications").path(app).path("units")) {
      return unit.path("public-address").asText();
    }
    throw new IllegalStateException("no unit of " + app);
  }

  private String get(SshTunnel tunnel, String path, String auth) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create("http://" + tunnel.localHost() + ":" + tunnel.localPort() + path))
            .timeout(Duration.ofSeconds(10));
    if (auth != null) {
      request.header("Authorization", auth);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new IllegalStateException(path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
