package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code controllers}, {@code show-controller} and {@code models} print about a controller.
 */
final class ControllerView {

  static final String CA_CERT =
      "-----BEGIN CERTIFICATE-----\nMIIEEjCCAnqgAwIBAgIUZ2xhYi1jYS1jZXJ0LW5vdC1yZWFsMA0GCSqGSIb3DQEB\n"
          + "CwUAMCExDTALBgNVBAoTBEp1anUxEDAOBgNVBAMTB2p1anUtY2EwHhcNMjUwMTAx\n"
          + "-----END CERTIFICATE-----\n";
  private static final Pattern CORES = Pattern.compile("cores=(\\d+)");

  private ControllerView() {}

  static String endpoint(LabController controller) {
    return controller.address() + ":17070";
  }

  static Map<String, Object> listing(JujuStore store, LabController controller) {
    Map<String, Object> view = new LinkedHashMap<>();
    String current = store.currentModels.get(controller.name());
    if (current != null) {
      view.put("current-model", "admin/" + current);
    }
    view.put("user", "admin");
    view.put("access", "superuser");
    view.put("recent-server", endpoint(controller));
    view.put("uuid", controller.uuid());
    view.put("api-endpoints", List.of(endpoint(controller)));
    view.put("ca-cert", CA_CERT);
    view.put("cloud", controller.cloud());
    view.put("region", controller.region());
    view.put("agent-version", controller.agentVersion());
    view.put("model-count", store.modelsOf(controller.name()).size());
    view.put("machine-count", machineCount(store, controller.name()));
    view.put("controller-machines", Map.of("Active", 1, "Total", 1));
    return view;
  }

  static long machineCount(JujuStore store, String controller) {
    return store.machines.values().stream().filter(m -> m.controller().equals(controller)).count();
  }

  static int cores(List<LabMachine> machines) {
    int total = 0;
    for (LabMachine machine : machines) {
      Matcher m = CORES.matcher(machine.hardware() == null ? "" : machine.hardware());
      total += m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
    return total;
  }

  /** {@code show-controller}: details, machines, models, current model and account. */
  static Map<String, Object> details(
      JujuStore store, LabController controller, boolean json, boolean password) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put(json ? "uuid" : "controller-uuid", controller.uuid());
    details.put("api-endpoints", List.of(endpoint(controller)));
    details.put("cloud", controller.cloud());
    details.put("region", controller.region());
    details.put("agent-version", controller.agentVersion());
    details.put("agent-git-commit", "5c3e1b1d0a4f6f7c2d33c4b0f2b9c0e1a7d9e8f1");
    details.put("controller-model-version", controller.agentVersion());
    details.put("mongo-version", "4.4.24");
    details.put("ca-fingerprint", "3A:4F:9C:21:7B:0E:55:D2:88:19:C4:6A:E0:11:72:BD");
    details.put("ca-cert", CA_CERT);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("details", details);
    view.put(
        "controller-machines", Map.of("0", Map.of("instance-id", controller.machineSystemId())));
    view.put("models", models(store, controller));
    String current = store.currentModels.get(controller.name());
    if (current != null) {
      view.put("current-model", "admin/" + current);
    }
    Map<String, Object> account = new LinkedHashMap<>();
    account.put("user", "admin");
    account.put("access", "superuser");
    if (password) {
      account.put("password", controller.adminPassword());
    }
    view.put("account", account);
    return view;
  }

  private static Map<String, Object> models(JujuStore store, LabController controller) {
    Map<String, Object> models = new LinkedHashMap<>();
    for (LabModel model : store.modelsOf(controller.name())) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("uuid", model.uuid());
      int units = store.unitsOf(model.ref()).size();
      if (units > 0 && !model.controllerModel()) {
        summary.put("unit-count", units);
      }
      List<LabMachine> machines = store.machinesOf(model.ref());
      summary.put("machine-count", machines.size());
      summary.put("core-count", cores(machines));
      models.put(model.name(), summary);
    }
    return models;
  }
}
