package io.metalflow.lab.juju;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One machine of {@code juju status --format=json} (reference §6.2). */
final class MachineStatusView {

  private MachineStatusView() {}

  static Map<String, Object> of(JujuStore s, LabMachine machine) {
    Map<String, Object> view = new LinkedHashMap<>();
    Map<String, Object> agent = StatusView.status(machine.agentStatus(), null, machine.since());
    if ("started".equals(machine.agentStatus())) {
      agent.put("version", JujuVersion.NUMBER);
    }
    view.put("juju-status", agent);
    if (machine.address() != null) {
      view.put("hostname", machine.hostname());
      view.put("dns-name", machine.address());
      view.put("ip-addresses", List.of(machine.address()));
    }
    view.put("instance-id", machine.systemId() == null ? "pending" : machine.systemId());
    if (machine.hostname() != null) {
      view.put("display-name", machine.hostname());
    }
    view.put(
        "machine-status",
        StatusView.status(machine.instanceStatus(), machine.instanceMessage(), machine.since()));
    view.put("modification-status", StatusView.status("idle", null, machine.since()));
    String[] base = machine.base().split("@");
    view.put("base", Map.of("name", base[0], "channel", base.length > 1 ? base[1] : ""));
    if (machine.address() != null) {
      view.put("network-interfaces", Map.of("eth0", nic(machine)));
    }
    if (machine.constraints() != null && !machine.constraints().isEmpty()) {
      view.put("constraints", machine.constraints());
    }
    if (machine.hardware() != null) {
      view.put("hardware", machine.hardware());
    }
    boolean controllerNode =
        s.model(machine.modelRef()).map(LabModel::controllerModel).orElse(false)
            && machine.id().equals("0");
    if (controllerNode) {
      view.put("controller-member-status", "has-vote");
    }
    return view;
  }

  private static Map<String, Object> nic(LabMachine machine) {
    Map<String, Object> nic = new LinkedHashMap<>();
    nic.put("ip-addresses", List.of(machine.address()));
    nic.put("mac-address", mac(machine.systemId()));
    nic.put("gateway", machine.address().substring(0, machine.address().lastIndexOf('.')) + ".1");
    nic.put("space", "alpha");
    nic.put("is-up", true);
    return nic;
  }

  private static String mac(String systemId) {
    int hash = systemId == null ? 0 : systemId.hashCode();
    return String.format(
        "52:54:00:%02x:%02x:%02x", (hash >> 16) & 0xff, (hash >> 8) & 0xff, hash & 0xff);
  }
}
