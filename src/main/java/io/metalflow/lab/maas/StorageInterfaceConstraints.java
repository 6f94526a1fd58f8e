package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code storage} and {@code interfaces} allocation constraints Juju sends, checked against the
 * lab's one disk and one NIC, and MAAS's {@code constraints_by_type} answer that maps each label to
 * the device ids that satisfy it.
 */
final class StorageInterfaceConstraints {

  private static final Pattern STORAGE =
      Pattern.compile("(?:([A-Za-z0-9_-]+):)?(\\d+(?:\\.\\d+)?)(?:\\(([^)]*)\\))?");
  private static final Pattern INTERFACE = Pattern.compile("([A-Za-z0-9_-]+):([^;]*)");

  private record Disk(String label, double sizeGb, List<String> tags) {}

  private final List<Disk> disks = new ArrayList<>();
  private final List<String> interfaceLabels = new ArrayList<>();

  static StorageInterfaceConstraints parse(Params params) {
    StorageInterfaceConstraints constraints = new StorageInterfaceConstraints();
    String storage = params.first("storage");
    if (storage != null && !storage.isBlank()) {
      constraints.parseStorage(storage);
    }
    String interfaces = params.first("interfaces");
    if (interfaces != null && !interfaces.isBlank()) {
      constraints.parseInterfaces(interfaces);
    }
    return constraints;
  }

  private void parseStorage(String value) {
    for (String entry : value.split(",(?![^(]*\\))")) {
      Matcher m = STORAGE.matcher(entry.strip());
      if (!m.matches()) {
        throw ApiError.invalid("storage", "Malformed storage constraint, \"" + entry + "\".");
      }
      String label = m.group(1) == null ? String.valueOf(disks.size()) : m.group(1);
      List<String> tags = m.group(3) == null ? List.of() : List.of(m.group(3).split(","));
      disks.add(new Disk(label, Double.parseDouble(m.group(2)), tags));
    }
  }

  private void parseInterfaces(String value) {
    for (String entry : value.split(";")) {
      Matcher m = INTERFACE.matcher(entry.strip());
      if (!m.matches()) {
        throw ApiError.invalid("interfaces", "Invalid interfaces constraint: \"" + entry + "\".");
      }
      interfaceLabels.add(m.group(1));
    }
  }

  /** The lab machine has one disk: at most one storage entry fits, by size and tags. */
  boolean matches(LabMachine m) {
    if (disks.size() > 1) {
      return false;
    }
    return disks.stream()
        .allMatch(
            d ->
                d.sizeGb() * 1e9 <= m.hardware.diskBytes() && List.of("ssd").containsAll(d.tags()));
  }

  ObjectNode constraintsByType(LabMachine m) {
    ObjectNode byType = LabJson.object();
    if (!disks.isEmpty()) {
      ObjectNode storage = byType.putObject("storage");
      disks.forEach(d -> storage.putArray(d.label()).add(BlockDeviceJson.deviceId(m)));
    }
    if (!interfaceLabels.isEmpty()) {
      ObjectNode interfaces = byType.putObject("interfaces");
      interfaceLabels.forEach(l -> interfaces.putArray(l).add(InterfaceJson.interfaceId(m)));
    }
    return byType;
  }
}
