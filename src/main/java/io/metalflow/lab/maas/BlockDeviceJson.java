package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A machine's one NVMe disk as MAAS renders a physical block device, with the flat layout MAAS
 * applies after commissioning: an EFI partition and an ext4 root partition.
 */
final class BlockDeviceJson {

  static final long EFI_SIZE = 536_870_912L;
  private static final long RESERVED = 1_048_576L * 2;

  private BlockDeviceJson() {}

  static int deviceId(LabMachine m) {
    return 300 + m.index;
  }

  static ObjectNode render(LabMachine m) {
    MachineHardware hw = m.hardware;
    String uri = MachineJson.uri(m) + "blockdevices/" + deviceId(m) + "/";
    ObjectNode disk = LabJson.object();
    disk.put("id", deviceId(m));
    disk.put("name", "nvme0n1");
    disk.put("path", "/dev/disk/by-dname/nvme0n1");
    disk.put(
        "id_path",
        "/dev/disk/by-id/nvme-" + hw.diskModel().replace(' ', '_') + "_" + hw.diskSerial());
    disk.put("size", hw.diskBytes());
    disk.put("block_size", 512);
    disk.put("model", hw.diskModel());
    disk.put("serial", hw.diskSerial());
    disk.put("firmware_version", "2B2QEXM7");
    disk.putArray("tags").add("ssd");
    disk.put("used_for", "GPT partitioned with 2 partitions");
    disk.put("used_size", hw.diskBytes() - RESERVED);
    disk.put("available_size", RESERVED);
    disk.putNull("filesystem");
    disk.set("partitions", partitions(m, uri));
    disk.put("partition_table_type", "GPT");
    disk.putNull("storage_pool");
    disk.put("numa_node", 0);
    disk.put("type", "physical");
    disk.putNull("uuid");
    disk.put("system_id", m.systemId);
    disk.put("resource_uri", uri);
    return disk;
  }

  private static ArrayNode partitions(LabMachine m, String deviceUri) {
    ArrayNode partitions = LabJson.MAPPER.createArrayNode();
    long rootSize = m.hardware.diskBytes() - EFI_SIZE - RESERVED;
    partitions.add(partition(m, deviceUri, 1, EFI_SIZE, "fat32", "/boot/efi", "efi"));
    partitions.add(partition(m, deviceUri, 2, rootSize, "ext4", "/", "root"));
    return partitions;
  }

  private static ObjectNode partition(
      LabMachine m,
      String deviceUri,
      int number,
      long size,
      String fstype,
      String mount,
      String label) {
    int id = 400 + m.index * 2 + number;
    ObjectNode partition = LabJson.object();
    partition.put("id", id);
    partition.put("uuid", String.format("0c0ffee0-%04d-4%03d-8000-%012d", m.index, number, id));
    partition.put("path", "/dev/disk/by-dname/nvme0n1-part" + number);
    partition.put("type", "partition");
    partition.put("size", size);
    partition.put("bootable", number == 1);
    partition.putArray("tags");
    partition.put("used_for", fstype + " formatted filesystem mounted at " + mount);
    partition.put("device_id", deviceId(m));
    partition.put("system_id", m.systemId);
    ObjectNode filesystem = partition.putObject("filesystem");
    filesystem.put("fstype", fstype);
    filesystem.put("label", label);
    filesystem.put("uuid", String.format("5eed0000-%04d-4%03d-9000-%012d", m.index, number, id));
    filesystem.put("mount_point", mount);
    filesystem.putNull("mount_options");
    partition.put("resource_uri", deviceUri + "partition/" + id);
    return partition;
  }
}
