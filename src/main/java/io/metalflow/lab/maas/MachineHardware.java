package io.metalflow.lab.maas;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What commissioning found on a machine: a NUC-like box with one NVMe disk and one NIC.
 *
 * @param cpuCount cores
 * @param cpuSpeedMhz nominal speed
 * @param memoryMib RAM in MiB
 * @param diskBytes size of the one disk
 * @param diskModel disk model
 * @param diskSerial disk serial
 * @param macAddress MAC of {@code eno1}
 * @param hardwareUuid SMBIOS UUID
 * @param info MAAS {@code hardware_info}: 18 strings
 */
record MachineHardware(
    int cpuCount,
    int cpuSpeedMhz,
    long memoryMib,
    long diskBytes,
    String diskModel,
    String diskSerial,
    String macAddress,
    String hardwareUuid,
    Map<String, String> info) {

  static final String CPU_MODEL = "Intel(R) Core(TM) i5-8259U CPU @ 2.30GHz";

  MachineHardware {
    info = Map.copyOf(info);
  }

  /** An Intel NUC8i5 with {@code memoryMib} of RAM and a 500 GB NVMe disk; {@code n} ≥ 1. */
  static MachineHardware nuc(int n, long memoryMib) {
    String serial = String.format("%04d", n);
    return new MachineHardware(
        4,
        2300,
        memoryMib,
        500_107_862_016L,
        "Samsung SSD 970 EVO Plus 500GB",
        "S4EVNX0N90" + serial,
        String.format("94:c6:91:1a:%02x:%02x", n / 256, n % 256),
        String.format("a1b2c3d4-0000-4000-8000-%012d", n),
        nucInfo(serial));
  }

  private static Map<String, String> nucInfo(String serial) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("system_vendor", "Intel(R) Client Systems");
    info.put("system_product", "NUC8i5BEH");
    info.put("system_family", "Intel NUC");
    info.put("system_version", "J72742-304");
    info.put("system_sku", "BOXNUC8i5BEH");
    info.put("system_serial", "G6BE93500" + serial);
    info.put("cpu_model", CPU_MODEL);
    info.put("mainboard_vendor", "Intel Corporation");
    info.put("mainboard_product", "NUC8BEB");
    info.put("mainboard_serial", "GEBN93500" + serial);
    info.put("mainboard_version", "J72688-304");
    info.put("mainboard_firmware_vendor", "Intel Corp.");
    info.put("mainboard_firmware_date", "03/18/2021");
    info.put("mainboard_firmware_version", "BECFL357.86A.0089.2021.0318.1556");
    info.put("chassis_vendor", "Intel Corporation");
    info.put("chassis_type", "Mini PC");
    info.put("chassis_serial", "Unknown");
    info.put("chassis_version", "2.0");
    return info;
  }
}
