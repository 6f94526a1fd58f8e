package io.metalflow.lab.juju;

import io.metalflow.lab.stack.DashboardStandIn;
import io.metalflow.lab.stack.GrafanaStandIn;
import io.metalflow.lab.stack.PrometheusStandIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workloads running on the units: a Grafana, Prometheus or dashboard stand-in per unit of those
 * charms, on the unit's address. Relations of interface {@code grafana-source} make each Grafana
 * register every related Prometheus unit as a data source. Thread-safe.
 */
final class Workloads implements AutoCloseable {

  private final LabJuju state;
  private final Map<String, AutoCloseable> running = new HashMap<>();

  Workloads(LabJuju state) {
    this.state = state;
  }

  /**
   * Starts the unit's workload unless it runs already.
   *
   * @throws java.io.UncheckedIOException when its port is taken (the start hook fails)
   */
  synchronized void start(LabUnit unit) {
    if (running.containsKey(unit.key()) || unit.address() == null) {
      return;
    }
    String charm =
        state
            .read(s -> s.application(unit.modelRef(), unit.application()))
            .map(LabApplication::charm)
            .orElse("");
    AutoCloseable workload = launch(charm, unit);
    if (workload != null) {
      running.put(unit.key(), workload);
    }
  }

  private static AutoCloseable launch(String charm, LabUnit unit) {
    return switch (charm) {
      case "grafana" -> GrafanaStandIn.start(unit.address(), GrafanaStandIn.PORT, unit.secret());
      case "prometheus2" -> PrometheusStandIn.start(unit.address(), PrometheusStandIn.PORT);
      case "juju-dashboard" ->
          DashboardStandIn.start(unit.address(), DashboardStandIn.PORT, unit.controller());
      default -> null;
    };
  }

  synchronized void stop(String unitKey) {
    AutoCloseable workload = running.remove(unitKey);
    if (workload != null) {
      closeQuietly(workload);
    }
  }

  /** Stops every workload of the controller's models. */
  synchronized void stopController(String controller) {
    List<String> keys =
        running.keySet().stream().filter(k -> k.startsWith(controller + ":")).toList();
    keys.forEach(this::stop);
  }

  /** Registers related Prometheus units as data sources in the model's Grafana units. */
  synchronized void reconcileRelations(ModelRef model) {
    List<LabRelation> relations = state.read(s -> s.relationsOf(model));
    for (LabRelation relation : relations) {
      if (relation.interfaceName().equals("grafana-source")) {
        registerSources(
            model,
            LabRelation.application(relation.requirer()),
            LabRelation.application(relation.provider()));
      }
    }
  }

  private void registerSources(ModelRef model, String grafanaApp, String prometheusApp) {
    List<LabUnit> sources =
        state.read(s -> s.unitsOf(model, prometheusApp)).stream()
            .filter(u -> running.containsKey(u.key()))
            .toList();
    for (LabUnit grafana : state.read(s -> s.unitsOf(model, grafanaApp))) {
      if (running.get(grafana.key()) instanceof GrafanaStandIn standIn) {
        for (LabUnit source : sources) {
          String name = source.unitName().replace('/', '-');
          standIn.ensureDatasource(
              name, "prometheus", "http://" + source.address() + ":" + PrometheusStandIn.PORT);
        }
      }
    }
  }

  /** After a restart: starts the workload of every active unit, then re-applies relations. */
  synchronized void resume() {
    List<LabUnit> active =
        state.read(s -> List.copyOf(s.units.values())).stream()
            .filter(u -> "active".equals(u.workloadStatus()))
            .toList();
    for (LabUnit unit : active) {
      try {
        start(unit);
      } catch (RuntimeException e) {
        // the address is taken; the unit's workload stays down, as after a failed restart
      }
    }
    active.stream().map(LabUnit::modelRef).distinct().forEach(this::reconcileRelations);
  }

  private static void closeQuietly(AutoCloseable workload) {
    try {
      workload.close();
    } catch (Exception e) {
      // stopping anyway
    }
  }

  @Override
  public synchronized void close() {
    running.values().forEach(Workloads::closeQuietly);
    running.clear();
  }
}
