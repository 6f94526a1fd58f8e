package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A machine as {@code MachineHandler} renders it (reference §4): every displayed field with MAAS's
 * types, nested zone, pool, domain, interfaces, block devices, NUMA nodes and script statuses.
 * {@code agent_name} is never shown.
 */
final class MachineJson {

  private final LabNetwork network;

  MachineJson(LabNetwork network) {
    this.network = network;
  }

  static String uri(LabMachine m) {
    return SiteJson.API + "machines/" + m.systemId + "/";
  }

  ArrayNode renderAll(Iterable<LabMachine> machines) {
    ArrayNode array = LabJson.MAPPER.createArrayNode();
    machines.forEach(m -> array.add(render(m)));
    return array;
  }

  ObjectNode render(LabMachine m) {
    ObjectNode json = LabJson.object();
    identity(json, m);
    status(json, m);
    hardware(json, m);
    deployment(json, m);
    networking(json, m);
    storage(json, m);
    scriptStatuses(json, m);
    json.put("resource_uri", uri(m));
    return json;
  }

  private static void identity(ObjectNode json, LabMachine m) {
    json.put("system_id", m.systemId);
    json.put("hostname", m.hostname);
    json.put("fqdn", m.hostname + ".maas");
    json.put("description", "");
    json.put("hardware_uuid", m.hardware.hardwareUuid());
    json.set("domain", SiteJson.domain());
    json.set("zone", SiteJson.zone(m.zone));
    json.set("pool", SiteJson.pool(m.pool));
    json.put("owner", m.owner);
    json.set("owner_data", stringMap(m.ownerData));
    json.set("workload_annotations", stringMap(m.ownerData));
    ArrayNode tags = json.putArray("tag_names");
    m.tags.forEach(tags::add);
    json.put("locked", m.locked);
    json.put("node_type", 0);
    json.put("node_type_name", "Machine");
    json.putNull("parent");
    json.putNull("pod");
    json.putNull("virtualmachine_id");
    json.put("is_dpu", false);
  }

  private static void status(ObjectNode json, LabMachine m) {
    json.put("status", m.status.code());
    json.put("status_name", m.status.displayName());
    json.put("status_message", m.statusMessage);
    json.put("status_action", "");
    json.put("error_description", m.errorDescription);
    json.put("power_type", m.powerType);
    json.put("power_state", m.powerState);
    json.put("netboot", m.netboot);
  }

  private static void hardware(ObjectNode json, LabMachine m) {
    MachineHardware hw = m.hardware;
    json.put("architecture", "amd64/generic");
    json.put("cpu_count", hw.cpuCount());
    json.put("cpu_speed", hw.cpuSpeedMhz());
    json.put("memory", hw.memoryMib());
    json.putNull("swap_size");
    json.put("bios_boot_method", "uefi");
    json.set("hardware_info", stringMap(hw.info()));
    ArrayNode numa = json.putArray("numanode_set");
    ObjectNode node = numa.addObject();
    node.put("index", 0);
    ArrayNode cores = node.putArray("cores");
    for (int core = 0; core < hw.cpuCount(); core++) {
      cores.add(core);
    }
    node.put("memory", hw.memoryMib());
    node.putArray("hugepages_set");
  }

  private static void deployment(ObjectNode json, LabMachine m) {
    json.put("osystem", m.osystem);
    json.put("distro_series", m.distroSeries);
    json.put("min_hwe_kernel", "");
    json.put("hwe_kernel", m.hweKernel);
    json.put("ephemeral_deploy", false);
    json.put("enable_hw_sync", false);
    json.put("enable_kernel_crash_dump", false);
    json.putNull("last_sync");
    json.putNull("next_sync");
    json.putNull("sync_interval");
  }

  private void networking(ObjectNode json, LabMachine m) {
    ArrayNode addresses = json.putArray("ip_addresses");
    if (m.ip != null) {
      addresses.add(m.ip);
    }
    json.putNull("address_ttl");
    json.put("disable_ipv4", false);
    json.set("boot_interface", InterfaceJson.render(m, network));
    json.putArray("interface_set").add(InterfaceJson.render(m, network));
    ObjectNode gateways = json.putObject("default_gateways");
    ObjectNode ipv4 = gateways.putObject("ipv4");
    ipv4.put("gateway_ip", m.ip == null ? null : network.gateway());
    if (m.ip == null) {
      ipv4.putNull("link_id");
    } else {
      ipv4.put("link_id", InterfaceJson.linkId(m));
    }
    ObjectNode ipv6 = gateways.putObject("ipv6");
    ipv6.putNull("gateway_ip");
    ipv6.putNull("link_id");
  }

  private static void storage(ObjectNode json, LabMachine m) {
    json.put("storage", m.hardware.diskBytes() / 1_000_000.0);
    json.set("boot_disk", BlockDeviceJson.render(m));
    json.putArray("blockdevice_set").add(BlockDeviceJson.render(m));
    json.putArray("physicalblockdevice_set").add(BlockDeviceJson.render(m));
    json.putArray("virtualblockdevice_set");
    json.putArray("volume_groups");
    json.putArray("raids");
    json.putArray("cache_sets");
    json.putArray("bcaches");
    json.putArray("special_filesystems");
  }

  private static void scriptStatuses(ObjectNode json, LabMachine m) {
    putScript(json, "commissioning_status", m.commissioningStatus);
    putScript(json, "testing_status", m.testingStatus);
    int tests = m.testingStatus;
    putScript(json, "cpu_test_status", tests);
    putScript(json, "memory_test_status", tests);
    putScript(json, "storage_test_status", tests);
    putScript(json, "network_test_status", ScriptStatus.NONE);
    putScript(json, "interface_test_status", ScriptStatus.NONE);
    putScript(json, "other_test_status", ScriptStatus.NONE);
    putNullable(json, "current_commissioning_result_id", m.commissioningResultId);
    putNullable(json, "current_testing_result_id", m.testingResultId);
    putNullable(json, "current_installation_result_id", m.installationResultId);
  }

  private static void putScript(ObjectNode json, String field, int status) {
    json.put(field, status);
    json.put(field + "_name", ScriptStatus.name(status));
  }

  private static void putNullable(ObjectNode json, String field, Integer value) {
    if (value == null) {
      json.putNull(field);
    } else {
      json.put(field, value.intValue());
    }
  }

  private static ObjectNode stringMap(Map<String, String> values) {
    ObjectNode map = LabJson.object();
    values.forEach(map::put);
    return map;
  }
}
