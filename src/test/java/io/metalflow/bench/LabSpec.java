package io.metalflow.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lab and process timings one Metalflow instance of the benchmark runs with.
 *
 * @param name a short label used in the report and the data directory's name
 * @param timeScale {@code metalflow.lab.time-scale} (0 = no delays)
 * @param machines MAAS machines in the lab
 * @param poll {@code metalflow.process.poll-interval}
 * @param subnet third octet of the lab's machine addresses ({@code 127.208.<subnet>.x}): the
 *     benchmark's stand-ins never collide with another lab running on the same machine
 */
record LabSpec(String name, double timeScale, int machines, Duration poll, int subnet) {

  /** System properties {@code bench.spring.X=V} become the Spring property {@code X=V}. */
  static final String OVERRIDE = "bench.spring.";

  /** Spring properties (given as command-line arguments, so they win over every config file). */
  Map<String, String> properties(String dataDir) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("metalflow.data-dir", dataDir);
    p.put("logging.file.name", dataDir + "/logs/metalflow.log");
    p.put("server.port", "0");
    p.put("metalflow.admin.password", RestLoad.PASSWORD);
    p.put("metalflow.lab.enabled", "true");
    p.put("metalflow.lab.maas.port", "0");
    p.put("metalflow.lab.main-host.port", "0");
    p.put("metalflow.lab.time-scale", Double.toString(timeScale));
    p.put("metalflow.lab.maas.machines", Integer.toString(machines));
    p.put("metalflow.lab.address-prefix", "127.208." + subnet + ".");
    p.put("metalflow.process.poll-interval", poll.toString());
    p.put("metalflow.process.commissioning-timeout", "PT10M");
    p.put("metalflow.process.bootstrap-timeout", "PT10M");
    p.put("metalflow.process.settle-timeout", "PT10M");
    p.put("metalflow.process.destroy-timeout", "PT10M");
    p.put("metalflow.process.release-timeout", "PT10M");
    p.put("spring.main.banner-mode", "off");
    p.put("spring.main.log-startup-info", "false");
    p.put("logging.level.root", "WARN");
    p.put("logging.level.io.metalflow.bench", "INFO");
    System.getProperties()
        .stringPropertyNames()
        .forEach(
            name -> {
              if (name.startsWith(OVERRIDE)) {
                p.put(name.substring(OVERRIDE.length()), System.getProperty(name));
              }
            });
    return p;
  }
}
