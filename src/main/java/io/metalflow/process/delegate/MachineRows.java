package io.metalflow.process.delegate;

import io.metalflow.maas.Machine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** MAAS machines as form table rows {@code {hostname, systemId, status}} and as readable text. */
final class MachineRows {

  private MachineRows() {}

  static List<Map<String, String>> rows(List<Machine> machines) {
    return machines.stream().map(MachineRows::row).toList();
  }

  static String text(List<Machine> machines) {
    return machines.stream()
        .map(m -> m.hostname() + " (" + m.systemId() + "): " + m.status().displayName())
        .collect(Collectors.joining("\n"));
  }

  private static Map<String, String> row(Machine machine) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("hostname", machine.hostname());
    row.put("systemId", machine.systemId());
    row.put("status", machine.status().displayName());
    return row;
  }
}
