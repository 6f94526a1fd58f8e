package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A machine's one NIC {@code eno1} as MAAS renders an interface: on the lab VLAN, with an {@code
 * auto} link to the lab subnet that carries {@code ip_address} once an address is assigned.
 */
final class InterfaceJson {

  private InterfaceJson() {}

  static int interfaceId(LabMachine m) {
    return 100 + m.index;
  }

  static int linkId(LabMachine m) {
    return 200 + m.index;
  }

  static ObjectNode render(LabMachine m, LabNetwork network) {
    ObjectNode nic = LabJson.object();
    nic.put("id", interfaceId(m));
    nic.put("name", "eno1");
    nic.put("type", "physical");
    nic.put("enabled", true);
    nic.put("mac_address", m.hardware.macAddress());
    nic.set("vlan", SiteJson.vlan());
    nic.set("links", links(m, network));
    nic.putArray("parents");
    nic.putArray("children");
    nic.putArray("tags");
    nic.put("effective_mtu", 1500);
    nic.putObject("params");
    nic.putArray("discovered");
    nic.put("vendor", "Intel Corporation");
    nic.put("product", "Ethernet Connection (6) I219-V");
    nic.put("firmware_version", "0.2-4");
    nic.put("link_connected", true);
    nic.put("interface_speed", 1000);
    nic.put("link_speed", 1000);
    nic.put("numa_node", 0);
    nic.put("sriov_max_vf", 0);
    nic.put("system_id", m.systemId);
    nic.put("resource_uri", MachineJson.uri(m) + "interfaces/" + interfaceId(m) + "/");
    return nic;
  }

  private static ArrayNode links(LabMachine m, LabNetwork network) {
    ArrayNode links = LabJson.MAPPER.createArrayNode();
    ObjectNode link = links.addObject();
    link.put("id", linkId(m));
    link.put("mode", "auto");
    if (m.ip != null) {
      link.put("ip_address", m.ip);
    }
    link.set("subnet", SiteJson.subnet(network));
    return links;
  }
}
