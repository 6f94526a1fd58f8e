package io.metalflow.lab.juju;

import io.metalflow.lab.juju.CharmEndpoint.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charms the lab's Charmhub knows ({@code grafana}, {@code prometheus2}, {@code
 * juju-dashboard}, {@code ubuntu}) and the controller charm. A local {@code .charm} file named
 * after one of them behaves like it; any other local charm is a plain workload.
 */
final class Charms {

  static final String CONTROLLER = "juju-controller";

  private static final Map<String, CharmInfo> STORE =
      Map.of(
          "grafana",
          new CharmInfo(
              "grafana",
              69,
              List.of("ubuntu@20.04", "ubuntu@22.04"),
              Map.of(
                  "grafana-source", ep("grafana-source", Role.REQUIRER, "grafana-source"),
                  "dashboards", ep("dashboards", Role.REQUIRER, "grafana-dashboard"),
                  "website", ep("website", Role.PROVIDER, "http")),
              List.of("3000/tcp"),
              "9.5.3",
              List.of("get-admin-password")),
          "prometheus2",
          new CharmInfo(
              "prometheus2",
              60,
              List.of("ubuntu@20.04", "ubuntu@22.04"),
              Map.of(
                  "grafana-source", ep("grafana-source", Role.PROVIDER, "grafana-source"),
                  "website", ep("website", Role.PROVIDER, "http"),
                  "target", ep("target", Role.REQUIRER, "http"),
                  "scrape", ep("scrape", Role.REQUIRER, "prometheus"),
                  "manual-jobs", ep("manual-jobs", Role.REQUIRER, "prometheus-manual")),
              List.of("9090/tcp"),
              "2.33.5",
              List.of()),
          "juju-dashboard",
          new CharmInfo(
              "juju-dashboard",
              37,
              List.of("ubuntu@22.04", "ubuntu@24.04"),
              Map.of("controller", ep("controller", Role.REQUIRER, "juju-dashboard")),
              List.of("8080/tcp"),
              "0.14.0",
              List.of()),
          "ubuntu",
          new CharmInfo(
              "ubuntu",
              24,
              List.of("ubuntu@20.04", "ubuntu@22.04", "ubuntu@24.04"),
              Map.of(),
              List.of(),
              "",
              List.of()),
          CONTROLLER,
          new CharmInfo(
              CONTROLLER,
              116,
              List.of("ubuntu@22.04", "ubuntu@24.04"),
              Map.of(
                  "dashboard", ep("dashboard", Role.PROVIDER, "juju-dashboard"),
                  "website", ep("website", Role.PROVIDER, "http")),
              List.of(),
              "",
              List.of()));

  private Charms() {}

  private static CharmEndpoint ep(String name, Role role, String interfaceName) {
    return new CharmEndpoint(name, role, interfaceName);
  }

  /** A charm of the lab's Charmhub, the controller charm excluded. */
  static Optional<CharmInfo> charmhub(String name) {
    return name.equals(CONTROLLER) ? Optional.empty() : Optional.ofNullable(STORE.get(name));
  }

  /** The metadata of a charm by name, local ones included (unknown names: a plain workload). */
  static CharmInfo describe(String name) {
    CharmInfo known = STORE.get(name);
    return known != null
        ? known
        : new CharmInfo(name, 0, List.of("ubuntu@22.04"), Map.of(), List.of(), "", List.of());
  }
}
