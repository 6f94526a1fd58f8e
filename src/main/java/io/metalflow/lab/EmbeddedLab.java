package io.metalflow.lab;

import io.metalflow.lab.juju.FaultSettings;
import io.metalflow.lab.juju.JujuTimings;
import io.metalflow.lab.juju.MainHostSettings;
import io.metalflow.lab.juju.MainHostSimulator;
import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasLabTimings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.MaasApiKey;
import io.metalflow.maas.MaasProperties;
import io.metalflow.maas.OkHttpMaasClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running lab: the MAAS simulator and the main host, whose juju talks to the simulator over
 * HTTP with the lab's key. {@link #clientProperties()} are the settings that point Metalflow at it.
 */
public final class EmbeddedLab implements AutoCloseable {

  private final MaasSimulator maas;
  private final MainHostSimulator mainHost;
  private final Path maasKeyFile;

  private EmbeddedLab(MaasSimulator maas, MainHostSimulator mainHost, Path maasKeyFile) {
    this.maas = maas;
    this.mainHost = mainHost;
    this.maasKeyFile = maasKeyFile;
  }

  public static EmbeddedLab start(LabProperties lab, Path dataDir) {
    MaasSimulator maas = MaasSimulator.start(maasSettings(lab, dataDir));
    try {
      Path keyFile = dataDir.resolve("lab").resolve("maas-api-key");
      OkHttpMaasClient jujuSide = OkHttpMaasClient.create(MaasProperties.of(maas.url(), keyFile));
      MainHostSimulator host =
          MainHostSimulator.start(mainHostSettings(lab, dataDir, maas.apiKey()), jujuSide);
      return new EmbeddedLab(maas, host, keyFile);
    } catch (RuntimeException e) {
      maas.close();
      throw e;
    }
  }

  static MaasLabSettings maasSettings(LabProperties lab, Path dataDir) {
    LabProperties.Maas m = lab.maas();
    return MaasLabSettings.defaults()
        .withHost(m.host())
        .withPort(m.port())
        .withDataDir(dataDir)
        .withMachineCount(m.machines())
        .withAddressPrefix(lab.addressPrefix())
        .withTimings(scaled(MaasLabTimings.defaults(), lab.timeScale()))
        .withFailFirstCommissioning(m.failFirstCommissioning())
        .withUnavailableRate(m.unavailableRate())
        .withStuckDeploying(m.stuckDeploying())
        .withSeed(m.seed());
  }

  static MainHostSettings mainHostSettings(LabProperties lab, Path dataDir, String maasKey) {
    LabProperties.MainHost h = lab.mainHost();
    FaultSettings faults = new FaultSettings(h.failingInstalls(), Map.of(), h.slowBootstrap());
    return new MainHostSettings(
        dataDir,
        h.port(),
        lab.addressPrefix(),
        MaasApiKey.parse(maasKey),
        List.of(),
        JujuTimings.realistic().scaled(lab.timeScale()),
        faults);
  }

  private static MaasLabTimings scaled(MaasLabTimings t, double factor) {
    return new MaasLabTimings(
        scale(t.commissioning(), factor),
        scale(t.testing(), factor),
        scale(t.deployStep(), factor),
        scale(t.releasing(), factor));
  }

  private static Duration scale(Duration d, double factor) {
    return Duration.ofNanos((long) (d.toNanos() * factor));
  }

  /** {@code metalflow.maas.*} and {@code metalflow.ssh.*} pointing at this lab. */
  public Map<String, Object> clientProperties() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("metalflow.maas.url", maas.url().toString());
    p.put("metalflow.maas.api-key-file", maasKeyFile.toString());
    p.put("metalflow.ssh.host", mainHost.host());
    p.put("metalflow.ssh.port", mainHost.port());
    p.put("metalflow.ssh.user", "ubuntu");
    p.put("metalflow.ssh.private-key-file", mainHost.clientKeyFile().toString());
    p.put("metalflow.ssh.known-hosts-file", mainHost.knownHostsFile().toString());
    return p;
  }

  public MaasSimulator maas() {
    return maas;
  }

  public MainHostSimulator mainHost() {
    return mainHost;
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
