package io.metalflow.process.delegate;

import static io.metalflow.process.CommonNames.*;

import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.process.IntegrateApplicationsProcess;
import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.process.ProcessDefaults;
import io.metalflow.process.ProcessTimings;
import io.metalflow.process.TeardownControllerProcess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The variables a process starts with when its starter did not give them: names from {@link
 * ProcessDefaults}, timings from {@link ProcessTimings}, and the run id of its detached job,
 * derived from the process instance id so a restarted engine polls the same job.
 */
@Component
class StartDefaults {

  static final List<Map<String, Object>> DEFAULT_APPLICATIONS =
      List.of(
          Map.of("name", "grafana", "charm", "grafana"),
          Map.of("name", "prometheus", "charm", "prometheus2"));
  static final List<Map<String, String>> DEFAULT_RELATIONS =
      List.of(Map.of("first", "prometheus:grafana-source", "second", "grafana:grafana-source"));

  private final ProcessTimings timings;
  private final ProcessDefaults names;
  private final String maasEndpoint;

  StartDefaults(ProcessTimings timings, ProcessDefaults names, Environment environment) {
    this.timings = timings;
    this.names = names;
    this.maasEndpoint =
        names.maasEndpoint() != null
            ? names.maasEndpoint()
            : environment.getProperty("metalflow.maas.url", "http://127.0.0.1:5240/MAAS");
  }

  /** Defaults of the process {@code key}, in the order they are applied. */
  Map<String, Object> forProcess(String key, String processInstanceId) {
    Map<String, Object> d = new LinkedHashMap<>();
    boolean all = ObservabilityStackProcess.KEY.equals(key);
    d.put(ERROR, null);
    d.put(CONTROLLER_NAME, names.controllerName());
    d.put(POLL_INTERVAL, timings.pollInterval().toString());
    if (all || BootstrapControllerProcess.KEY.equals(key)) {
      bootstrap(d, processInstanceId);
    }
    if (all || DeployApplicationsProcess.KEY.equals(key)) {
      deploy(d);
    }
    if (all || IntegrateApplicationsProcess.KEY.equals(key)) {
      integrate(d);
    }
    if (all || TeardownControllerProcess.KEY.equals(key)) {
      teardown(d, processInstanceId, all);
    }
    return d;
  }

  private void bootstrap(Map<String, Object> d, String processInstanceId) {
    d.put(CLOUD_NAME, names.cloudName());
    d.put(CREDENTIAL_NAME, names.credentialName());
    d.put(MAAS_ENDPOINT, maasEndpoint);
    d.put(MACHINE_TAG, names.machineTag());
    d.put(ENABLE_DASHBOARD, true);
    d.put(JUJU_CHANNEL, names.jujuChannel());
    d.put(BOOTSTRAP_BASE, names.bootstrapBase());
    d.put(COMMISSIONING_TIMEOUT, timings.commissioningTimeout().toString());
    d.put(BOOTSTRAP_TIMEOUT, timings.bootstrapTimeout().toString());
    d.put(BootstrapControllerProcess.COMMISSION_ATTEMPTS, 0);
    d.put(RUN_ID, runId(BootstrapControllerProcess.RUN_ID_PREFIX, processInstanceId));
  }

  private void deploy(Map<String, Object> d) {
    d.put(CLOUD_NAME, names.cloudName());
    d.put(CREDENTIAL_NAME, names.credentialName());
    d.put(MODEL_NAME, names.modelName());
    d.put(APPLICATIONS, Vars.toJson(DEFAULT_APPLICATIONS));
    d.put(SETTLE_TIMEOUT, timings.settleTimeout().toString());
  }

  private void integrate(Map<String, Object> d) {
    d.put(MODEL_NAME, names.modelName());
    d.put(RELATIONS, Vars.toJson(DEFAULT_RELATIONS));
    d.put(GRAFANA_APPLICATION, "grafana");
    d.put(PROMETHEUS_APPLICATION, "prometheus");
    d.put(SETTLE_TIMEOUT, timings.settleTimeout().toString());
  }

  private void teardown(Map<String, Object> d, String processInstanceId, boolean parent) {
    d.put(DESTROY_TIMEOUT, timings.destroyTimeout().toString());
    d.put(RELEASE_TIMEOUT, timings.releaseTimeout().toString());
    d.put(TeardownControllerProcess.CONTROLLER_MACHINE, null);
    d.put(MODEL_MACHINES, Vars.toJson(List.of()));
    if (!parent) {
      d.put(RUN_ID, runId(TeardownControllerProcess.RUN_ID_PREFIX, processInstanceId));
    }
  }

  /** {@code prefix + process instance id}, reduced to what a run id allows. */
  static String runId(String prefix, String processInstanceId) {
    String id = (prefix + processInstanceId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
    return id.length() > 63 ? id.substring(0, 63) : id;
  }
}
