package io.metalflow.stack;

import io.metalflow.juju.ActionResult;
import io.metalflow.juju.JujuCli;
import io.metalflow.juju.JujuStatus;
import io.metalflow.juju.JujuStatus.UnitState;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshException;
import io.metalflow.ssh.SshTunnel;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link StackVerifier} over SSH tunnels through the main host: finds the Grafana and Prometheus
 * units' addresses in {@code juju status}, reads Grafana's admin password with the {@code
 * get-admin-password} action (kept in memory for this call only, never logged or returned), then
 * checks Prometheus {@code /-/ready}, Grafana {@code /api/health}, a Prometheus data source that
 * points at the Prometheus unit (created when missing) and that data source's health.
 *
 * <p>Tunnels go only to the addresses {@code juju status} reports for the units of the given model,
 * and only when they are IP address literals ({@link UnitAddress}).
 *
 * <p>Idempotent: a second call finds the data source the first created. A check that answers but
 * fails gives a verification whose {@link StackVerification#passed()} is false; an unreachable
 * service (I/O, tunnel, HTTP 502/503/504) is a retryable {@link StackUnreachableException}.
 */
public final class TunnelStackVerifier implements StackVerifier {

  static final String PASSWORD_ACTION = "get-admin-password";

  private static final Logger log = LoggerFactory.getLogger(TunnelStackVerifier.class);

  private final JujuCli juju;
  private final SshCommandRunner ssh;
  private final OkHttpClient http;

  public TunnelStackVerifier(JujuCli juju, SshCommandRunner ssh) {
    this(juju, ssh, defaultClient());
  }

  TunnelStackVerifier(JujuCli juju, SshCommandRunner ssh, OkHttpClient http) {
    this.juju = juju;
    this.ssh = ssh;
    this.http = http;
  }

  @Override
  public StackVerification verify(
      String controller, String model, String grafanaApp, String prometheusApp) {
    JujuStatus status = juju.status(controller, model);
    Optional<UnitState> grafana = addressedUnit(status, grafanaApp);
    Optional<UnitState> prometheus = addressedUnit(status, prometheusApp);
    if (grafana.isEmpty() || prometheus.isEmpty()) {
      String app = grafana.isEmpty() ? grafanaApp : prometheusApp;
      return Findings.notDeployed(
          "Stack check failed: application '"
              + app
              + "' has no unit with a public address in "
              + controller
              + ":"
              + model
              + ".");
    }
    var target = new Target(controller, model, grafana.get(), prometheus.get(), prometheusApp);
    try (SshTunnel toGrafana = tunnel(target.grafana(), GrafanaApi.PORT);
        SshTunnel toPrometheus = tunnel(target.prometheus(), PrometheusApi.PORT)) {
      return check(target, url(toGrafana), url(toPrometheus));
    } finally {
      http.connectionPool().evictAll();
    }
  }

  private StackVerification check(Target target, HttpUrl grafanaUrl, HttpUrl prometheusUrl) {
    Findings findings = new Findings(describe(target.grafana()), describe(target.prometheus()));
    try {
      findings.prometheus(new PrometheusApi(http, prometheusUrl).ready());
      GrafanaApi grafana = new GrafanaApi(http, grafanaUrl, adminPassword(target));
      findings.grafana(grafana.health());
      if (findings.grafanaHealthy()) {
        checkDatasource(grafana, target, findings);
      }
    } catch (StackException e) {
      if (e.isRetryable()) {
        throw e;
      }
      findings.problem(e.getMessage());
    }
    StackVerification result = findings.toVerification();
    log.info("{}", result.message());
    return result;
  }

  private void checkDatasource(GrafanaApi grafana, Target target, Findings findings) {
    String address = target.prometheus().publicAddress();
    Optional<GrafanaDatasource> found =
        grafana.datasources().stream().filter(d -> d.isPrometheusAt(address)).findFirst();
    GrafanaDatasource datasource =
        found.orElseGet(() -> grafana.createPrometheus(target.datasourceName(), target.url()));
    if (found.isEmpty()) {
      log.info("created Grafana data source '{}' for {}", datasource.name(), datasource.url());
    }
    findings.datasource(datasource, found.isEmpty(), grafana.health(datasource));
  }

  private String adminPassword(Target target) {
    String unit = target.grafana().name();
    ActionResult result =
        juju.runAction(target.controller(), target.model(), unit, PASSWORD_ACTION);
    Map<String, String> values = result.results();
    String password = values.get("password");
    if (password == null || password.isEmpty()) {
      password = values.get("admin-password");
    }
    if (password == null || password.isEmpty()) {
      throw new StackException(
          "the "
              + PASSWORD_ACTION
              + " action of "
              + unit
              + " returned no password (result keys: "
              + values.keySet()
              + ")");
    }
    return password;
  }

  private SshTunnel tunnel(UnitState unit, int port) {
    try {
      return ssh.openTunnel(unit.publicAddress(), port);
    } catch (SshException e) {
      if (!e.isRetryable()) {
        throw e;
      }
      throw new StackUnreachableException(
          "cannot open an SSH tunnel to " + describe(unit) + ":" + port + ": " + e.getMessage(), e);
    }
  }

  private static Optional<UnitState> addressedUnit(JujuStatus status, String application) {
    JujuStatus.ApplicationState app = status.applications().get(application);
    if (app == null) {
      return Optional.empty();
    }
    return app.units().values().stream()
        .filter(u -> UnitAddress.isIpLiteral(u.publicAddress()))
        .min(Comparator.comparing(UnitState::name));
  }

  private static String describe(UnitState unit) {
    return unit.name() + " at " + unit.publicAddress();
  }

  private static HttpUrl url(SshTunnel tunnel) {
    return new HttpUrl.Builder()
        .scheme("http")
        .host(tunnel.localHost())
        .port(tunnel.localPort())
        .build();
  }

  static OkHttpClient defaultClient() {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(15))
        .callTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** The units to check and where the data source must point. */
  private record Target(
      String controller,
      String model,
      UnitState grafana,
      UnitState prometheus,
      String prometheusApp) {

    String url() {
      return "http://" + prometheus.publicAddress() + ":" + PrometheusApi.PORT;
    }

    String datasourceName() {
      return prometheusApp + " (juju " + controller + ":" + model + ")";
    }
  }
}
