package io.metalflow.process.delegate;

import io.metalflow.juju.ControllerInfo;
import io.metalflow.juju.JujuStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a teardown will destroy, gathered step by step: the applications per model (form rows {@code
 * {model, application, charm}}) and the MAAS system ids of every machine the controller holds,
 * without duplicates and in the order found.
 */
record TeardownInventory(List<Map<String, String>> applications, List<String> machines) {

  /** The controller's own machines plus those the caller recorded. */
  static TeardownInventory start(
      Optional<ControllerInfo> controller, String controllerMachine, List<String> recorded) {
    Set<String> machines = new LinkedHashSet<>();
    controller.ifPresent(info -> machines.addAll(info.machineInstanceIds()));
    Optional.ofNullable(controllerMachine).ifPresent(machines::add);
    Optional.ofNullable(recorded).ifPresent(machines::addAll);
    return new TeardownInventory(List.of(), List.copyOf(machines));
  }

  /** This inventory plus one model's applications and machines. */
  TeardownInventory with(String model, JujuStatus status) {
    List<Map<String, String>> apps = new ArrayList<>(applications);
    status.applications().values().stream()
        .sorted(Comparator.comparing(JujuStatus.ApplicationState::name))
        .forEach(app -> apps.add(row(model, app)));
    Set<String> all = new LinkedHashSet<>(machines);
    status.machines().values().stream()
        .map(JujuStatus.MachineState::instanceId)
        .filter(Objects::nonNull)
        .sorted()
        .forEach(all::add);
    return new TeardownInventory(apps, List.copyOf(all));
  }

  private static Map<String, String> row(String model, JujuStatus.ApplicationState app) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("model", model);
    row.put("application", app.name());
    row.put("charm", app.charmName());
    return row;
  }
}
