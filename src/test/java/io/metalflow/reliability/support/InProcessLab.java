package io.metalflow.reliability.support;

import io.metalflow.lab.juju.FaultSettings;
import io.metalflow.lab.juju.JujuTimings;
import io.metalflow.lab.juju.MainHostSettings;
import io.metalflow.lab.juju.MainHostSimulator;
import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasLabTimings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.MaasApiKey;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasProperties;
import io.metalflow.maas.OkHttpMaasClient;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lab inside the test's JVM, built from its parts so a test sets every timing and fault (the
 * {@code metalflow.lab.*} keys only offer one time scale) and changes faults while Metalflow, in
 * its own JVM, works against it: {@link #simulator()}{@code .faults()} (503 rate, commissioning)
 * and {@link #mainHost()}{@code .faults()} (dropped SSH sessions, failing installs). Ephemeral
 * ports, a random loopback prefix, files under {@code <dataDir>/lab}.
 */
public final class InProcessLab implements Lab, AutoCloseable {

  /** What the lab starts with. */
  public record Settings(
      int machines,
      MaasLabTimings maasTimings,
      JujuTimings jujuTimings,
      Set<String> failingInstalls,
      Set<String> failFirstCommissioning) {}

  private final Path dataDir;
  private final MaasSimulator maas;
  private final MainHostSimulator mainHost;
  private final MaasClient admin;

  private InProcessLab(Path dataDir, MaasSimulator maas, MainHostSimulator mainHost) {
    this.dataDir = dataDir;
    this.maas = maas;
    this.mainHost = mainHost;
    this.admin = OkHttpMaasClient.create(MaasProperties.of(maas.url(), maasKeyFile(dataDir)));
  }

  public static InProcessLab start(Path dataDir, Settings settings) {
    String prefix = LoopbackPrefix.random();
    MaasSimulator maas =
        MaasSimulator.start(
            MaasLabSettings.defaults()
                .withPort(0)
                .withDataDir(dataDir)
                .withMachineCount(settings.machines())
                .withAddressPrefix(prefix)
                .withTimings(settings.maasTimings())
                .withFailFirstCommissioning(settings.failFirstCommissioning()));
    try {
      MaasClient jujuSide =
          OkHttpMaasClient.create(MaasProperties.of(maas.url(), maasKeyFile(dataDir)));
      MainHostSettings host =
          new MainHostSettings(
              dataDir,
              0,
              prefix,
              MaasApiKey.parse(maas.apiKey()),
              List.of(),
              settings.jujuTimings(),
              new FaultSettings(settings.failingInstalls(), Map.of(), null));
      return new InProcessLab(dataDir, maas, MainHostSimulator.start(host, jujuSide));
    } catch (RuntimeException e) {
      maas.close();
      throw e;
    }
  }

  private static Path maasKeyFile(Path dataDir) {
    return dataDir.resolve("lab/maas-api-key");
  }

  public MaasSimulator simulator() {
    return maas;
  }

  public MainHostSimulator mainHost() {
    return mainHost;
  }

  @Override
  public Path dataDir() {
    return dataDir;
  }

  @Override
  public MaasClient maas() {
    return admin;
  }

  @Override
  public Map<String, String> clientProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("metalflow.lab.enabled", "false");
    p.put("metalflow.maas.url", maas.url().toString());
    p.put("metalflow.maas.api-key-file", maasKeyFile(dataDir).toString());
    p.put("metalflow.ssh.host", mainHost.host());
    p.put("metalflow.ssh.port", Integer.toString(mainHost.port()));
    p.put("metalflow.ssh.user", "ubuntu");
    p.put("metalflow.ssh.private-key-file", mainHost.clientKeyFile().toString());
    p.put("metalflow.ssh.known-hosts-file", mainHost.knownHostsFile().toString());
    return p;
  }

  @Override
  public void close() {
    try {
      mainHost.close();
    } finally {
      maas.close();
    }
  }
}
