package io.metalflow.juju;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.juju.JujuStatus.ApplicationState;
import io.metalflow.juju.JujuStatus.MachineState;
import io.metalflow.juju.JujuStatus.UnitState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code juju status --format=json} (2.9 and 3.x) into {@link JujuStatus}. Tolerates missing
 * optional keys, entities replaced by {@code {"status-error": "..."}} (reported with status {@code
 * unknown} and the error as message), both relation forms (2.9 lists of application names, 3.x
 * objects with {@code related-application}), LXD containers (listed as machines {@code 0/lxd/0})
 * and subordinate units (listed under their own application, on their principal's machine).
 */
final class StatusJson {

  private static final String STATUS_ERROR = "status-error";
  private static final String UNKNOWN = "unknown";

  private StatusJson() {}

  static JujuStatus parse(JsonNode root) {
    Map<String, MachineState> machines = new TreeMap<>();
    root.path("machines")
        .fields()
        .forEachRemaining(e -> addMachine(e.getKey(), e.getValue(), machines));
    JsonNode apps = root.path("applications");
    Map<String, Map<String, UnitState>> subordinates = subordinates(apps);
    Map<String, ApplicationState> applications = new TreeMap<>();
    apps.fields()
        .forEachRemaining(
            e -> applications.put(e.getKey(), application(e.getKey(), e.getValue(), subordinates)));
    return new JujuStatus(text(root.path("model"), "name"), machines, applications);
  }

  private static void addMachine(String id, JsonNode node, Map<String, MachineState> machines) {
    machines.put(id, machine(id, node));
    node.path("containers")
        .fields()
        .forEachRemaining(e -> addMachine(e.getKey(), e.getValue(), machines));
  }

  private static MachineState machine(String id, JsonNode node) {
    if (node.has(STATUS_ERROR)) {
      return new MachineState(
          id, UNKNOWN, UNKNOWN, text(node, STATUS_ERROR), null, null, List.of());
    }
    return new MachineState(
        id,
        current(node, "juju-status"),
        current(node, "machine-status"),
        message(node, "machine-status"),
        text(node, "instance-id"),
        text(node, "hostname"),
        strings(node.path("ip-addresses")));
  }

  private static ApplicationState application(
      String name, JsonNode node, Map<String, Map<String, UnitState>> subordinates) {
    if (node.has(STATUS_ERROR)) {
      return new ApplicationState(
          name, null, UNKNOWN, text(node, STATUS_ERROR), Map.of(), Map.of());
    }
    Map<String, UnitState> units = new TreeMap<>(subordinates.getOrDefault(name, Map.of()));
    node.path("units")
        .fields()
        .forEachRemaining(e -> units.put(e.getKey(), unit(e.getKey(), e.getValue(), null)));
    return new ApplicationState(
        name,
        charmName(node),
        current(node, "application-status"),
        message(node, "application-status"),
        relations(node.path("relations")),
        units);
  }

  private static UnitState unit(String name, JsonNode node, String principalMachine) {
    if (node.has(STATUS_ERROR)) {
      return new UnitState(
          name, UNKNOWN, text(node, STATUS_ERROR), UNKNOWN, principalMachine, null, List.of());
    }
    String machine = text(node, "machine");
    String address = text(node, "public-address");
    return new UnitState(
        name,
        current(node, "workload-status"),
        message(node, "workload-status"),
        current(node, "juju-status"),
        machine != null ? machine : principalMachine,
        address != null ? address : text(node, "address"),
        strings(node.path("open-ports")));
  }

  /** Subordinate units nested under principal units, grouped by their own application. */
  private static Map<String, Map<String, UnitState>> subordinates(JsonNode applications) {
    Map<String, Map<String, UnitState>> byApplication = new HashMap<>();
    for (JsonNode application : applications) {
      for (JsonNode principal : application.path("units")) {
        String machine = text(principal, "machine");
        principal
            .path("subordinates")
            .fields()
            .forEachRemaining(
                e ->
                    byApplication
                        .computeIfAbsent(applicationOf(e.getKey()), k -> new TreeMap<>())
                        .put(e.getKey(), unit(e.getKey(), e.getValue(), machine)));
      }
    }
    return byApplication;
  }

  /** Endpoint to related applications, from 3.x objects or 2.9 plain names. */
  private static Map<String, List<String>> relations(JsonNode relations) {
    Map<String, List<String>> out = new TreeMap<>();
    relations
        .fields()
        .forEachRemaining(
            e -> {
              List<String> related = new ArrayList<>();
              for (JsonNode entry : e.getValue()) {
                String app =
                    entry.isTextual() ? entry.asText() : text(entry, "related-application");
                if (app != null) {
                  related.add(app);
                }
              }
              out.put(e.getKey(), related);
            });
    return out;
  }

  /** {@code charm-name}, else the name inside {@code charm} ({@code local:jammy/db-0} is db). */
  private static String charmName(JsonNode node) {
    String name = text(node, "charm-name");
    String url = text(node, "charm");
    if (name != null || url == null) {
      return name;
    }
    String path = url.substring(url.indexOf(':') + 1);
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.replaceFirst("-[0-9]+$", "");
  }

  private static String applicationOf(String unit) {
    int slash = unit.indexOf('/');
    return slash < 0 ? unit : unit.substring(0, slash);
  }

  private static String current(JsonNode node, String statusField) {
    return text(node.path(statusField), "current");
  }

  private static String message(JsonNode node, String statusField) {
    return text(node.path(statusField), "message");
  }

  static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(item -> out.add(item.asText()));
    return out;
  }
}
