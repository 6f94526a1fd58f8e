package io.metalflow.lab.maas;

import io.metalflow.maas.MachineStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns MAAS filter/constraint parameters into {@link MachineCriteria}, with MAAS's validation
 * messages. Strict like MAAS's filter forms: an unknown parameter is {@code No such constraint.}
 */
final class CriteriaParser {

  private static final Set<String> IGNORED =
      Set.of("op", "comment", "dry_run", "verbose", "agent_name");
  private static final Set<String> ARCHES =
      Set.of("amd64", "amd64/generic", "amd64/*", "arm64", "arm64/generic", "i386", "i386/generic");
  private static final Set<String> AMD64 = Set.of("amd64", "amd64/generic", "amd64/*");
  private static final Set<String> POWER_STATES = Set.of("on", "off", "unknown", "error");
  private static final Pattern MAC =
      Pattern.compile("(?i)[0-9a-f]{2}([:-])[0-9a-f]{2}(\\1[0-9a-f]{2}){4}");

  private final Params params;
  private final LabState state;
  private final List<Predicate<LabMachine>> tests = new ArrayList<>();
  private final List<String> descriptions = new ArrayList<>();
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  CriteriaParser(Params params, LabState state) {
    this.params = params;
    this.state = state;
  }

  MachineCriteria parse(List<String> fields) {
    rejectUnknown(fields);
    for (String field : fields) {
      if (params.has(field)) {
        field(field, params.all(field));
      }
    }
    for (String field : MachineCriteria.UNMODELLED_FIELDS) {
      if (params.has(field) && (field.equals("pod") || field.equals("pod_type"))) {
        tests.add(m -> false);
      }
    }
    if (!errors.isEmpty()) {
      throw ApiError.invalid(errors);
    }
    return new MachineCriteria(tests, descriptions);
  }

  private void rejectUnknown(List<String> fields) {
    for (String name : params.orderedNames()) {
      boolean known =
          fields.contains(name)
              || IGNORED.contains(name)
              || name.startsWith("bridge_")
              || MachineCriteria.UNMODELLED_FIELDS.contains(name);
      if (!known) {
        errors.put(name, List.of("No such constraint."));
      }
    }
  }

  private void field(String field, List<String> values) {
    switch (field) {
      case "id", "system_id" -> test(field, values, m -> values.contains(m.systemId));
      case "not_id" -> test(field, values, m -> !values.contains(m.systemId));
      case "hostname" -> test(field, values, m -> values.contains(m.hostname));
      case "not_hostname" -> test(field, values, m -> !values.contains(m.hostname));
      case "name" -> test(field, values, m -> values.stream().anyMatch(v -> namesMachine(v, m)));
      case "agent_name" -> test(field, values, m -> values.contains(m.agentName));
      case "not_agent_name" -> test(field, values, m -> !values.contains(m.agentName));
      case "owner" -> test(field, values, m -> values.contains(m.owner));
      case "status", "not_status" -> statuses(field, values);
      case "power_state" -> powerStates(values);
      case "mac_address" -> macs(values);
      case "domain" -> known(field, values, Set.of("maas"), "domain", m -> true);
      case "arch" -> arches(values);
      case "cpu_count" -> minimum(field, values, "Invalid CPU count: number required.", true);
      case "mem" -> minimum(field, values, "Invalid memory: number of MiB required.", false);
      case "tags", "not_tags" -> tags(field, values);
      case "zone" -> known(field, values, Set.of("default"), "zone", m -> values.contains(m.zone));
      case "not_in_zone" ->
          known(field, values, Set.of("default"), "zone", m -> !values.contains(m.zone));
      case "pool" -> known(field, values, Set.of("default"), "pool", m -> values.contains(m.pool));
      case "not_in_pool" ->
          known(field, values, Set.of("default"), "pool", m -> !values.contains(m.pool));
      default -> throw new IllegalArgumentException("unhandled filter " + field);
    }
  }

  private void test(String field, List<String> values, Predicate<LabMachine> test) {
    tests.add(test);
    descriptions.add(field + "=" + String.join(",", values));
  }

  private static boolean namesMachine(String name, LabMachine m) {
    int dot = name.indexOf('.');
    return dot < 0
        ? name.equals(m.hostname)
        : name.substring(0, dot).equals(m.hostname) && name.substring(dot + 1).equals("maas");
  }

  private void statuses(String field, List<String> values) {
    List<String> valid =
        Arrays.stream(MachineStatus.values()).map(MachineStatus::filterName).toList();
    for (String value : values) {
      if (!valid.contains(value)) {
        errors.put(field, List.of(invalidChoice(value)));
        return;
      }
    }
    boolean wanted = field.equals("status");
    test(field, values, m -> values.contains(m.status.filterName()) == wanted);
  }

  private void powerStates(List<String> values) {
    for (String value : values) {
      if (!POWER_STATES.contains(value)) {
        errors.put("power_state", List.of(invalidChoice(value)));
        return;
      }
    }
    test("power_state", values, m -> values.contains(m.powerState));
  }

  private void macs(List<String> values) {
    for (String value : values) {
      if (!MAC.matcher(value).matches()) {
        errors.put("mac_address", List.of("'" + value + "' is not a valid MAC address."));
        return;
      }
    }
    test(
        "mac_address",
        values,
        m ->
            values.stream()
                .anyMatch(v -> v.replace('-', ':').equalsIgnoreCase(m.hardware.macAddress())));
  }

  private void arches(List<String> values) {
    if (!ARCHES.containsAll(values)) {
      errors.put("arch", List.of("Architecture not recognised."));
      return;
    }
    test("arch", values, m -> values.stream().anyMatch(AMD64::contains));
  }

  private void minimum(String field, List<String> values, String message, boolean cpu) {
    double minimum;
    try {
      minimum = Double.parseDouble(values.get(0));
    } catch (NumberFormatException e) {
      errors.put(field, List.of(message));
      return;
    }
    tests.add(m -> (cpu ? m.hardware.cpuCount() : m.hardware.memoryMib()) >= minimum);
    descriptions.add(field + "=" + minimum);
  }

  private void tags(String field, List<String> values) {
    List<String> names =
        values.stream()
            .flatMap(v -> Arrays.stream(v.split("[,\\s]+")))
            .filter(v -> !v.isEmpty())
            .toList();
    List<String> unknown = names.stream().filter(n -> state.tag(n).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      String quoted = unknown.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
      errors.put(field, List.of("No such tag(s): " + quoted + "."));
      return;
    }
    boolean wanted = field.equals("tags");
    tests.add(m -> wanted ? m.tags.containsAll(names) : names.stream().noneMatch(m.tags::contains));
    descriptions.add(field + "=" + String.join(",", names));
  }

  private void known(
      String field,
      List<String> values,
      Set<String> known,
      String kind,
      Predicate<LabMachine> test) {
    List<String> unknown = values.stream().filter(v -> !known.contains(v)).toList();
    if (!unknown.isEmpty()) {
      errors.put(field, List.of("No such " + kind + "(s): " + String.join(", ", unknown) + "."));
      return;
    }
    test(field, values, test);
  }

  private static String invalidChoice(String value) {
    return "Select a valid choice. " + value + " is not one of the available choices.";
  }
}
