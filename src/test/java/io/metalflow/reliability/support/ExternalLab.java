package io.metalflow.reliability.support;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasProperties;
import io.metalflow.maas.OkHttpMaasClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lab in its own JVM ({@code --lab-only}) on ephemeral loopback ports and a random machine
 * address prefix ({@link LoopbackPrefix}), its state under {@code <data-dir>/lab}, its log in
 * {@code <data-dir>/logs/lab.log}. Metalflow JVMs started with {@link ExternalMetalflow} use it
 * through the files it writes there (MAAS key, SSH key, known_hosts). Read its records with {@link
 * #records()} and talk to its MAAS with {@link #maas()} (the lab's own key).
 */
public final class ExternalLab implements Lab, AutoCloseable {

  private static final Pattern RUNNING =
      Pattern.compile("Lab running: MAAS (http://\\S+) , main host ssh://\\S+@([0-9.]+):(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private final Path dataDir;
  private final ChildJvm jvm;
  private final URI maasUrl;
  private final int sshPort;
  private final MaasClient maas;

  private ExternalLab(Path dataDir, ChildJvm jvm, URI maasUrl, int sshPort) {
    this.dataDir = dataDir;
    this.jvm = jvm;
    this.maasUrl = maasUrl;
    this.sshPort = sshPort;
    this.maas = OkHttpMaasClient.create(MaasProperties.of(maasUrl, maasKeyFile()));
  }

  /**
   * Starts the lab with {@code metalflow.lab.*} settings (keys without the prefix, e.g. {@code
   * time-scale}, {@code maas.machines}, {@code main-host.slow-bootstrap}) and waits until it
   * listens.
   */
  public static ExternalLab start(JvmLauncher launcher, Path dataDir, Map<String, String> lab) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("maas.port", "0");
    settings.put("main-host.port", "0");
    settings.put("address-prefix", LoopbackPrefix.random());
    settings.putAll(lab);
    List<String> args =
        new ArrayList<>(
            List.of(
                "--lab-only",
                "--metalflow.data-dir=" + dataDir,
                "--logging.file.name=" + dataDir.resolve("logs/lab.log")));
    settings.forEach((key, value) -> args.add("--metalflow.lab." + key + "=" + value));
    ChildJvm jvm =
        launcher.start(
            "lab",
            args,
            Map.of("METALFLOW_DATA_DIR", dataDir.toString()),
            dataDir.resolve("logs/lab-stdout.log"));
    try {
      Matcher running = jvm.awaitLine(RUNNING, START_TIMEOUT);
      return new ExternalLab(
          dataDir, jvm, URI.create(running.group(1)), Integer.parseInt(running.group(3)));
    } catch (RuntimeException e) {
      jvm.kill();
      throw e;
    }
  }

  @Override
  public Path dataDir() {
    return dataDir;
  }

  public URI maasUrl() {
    return maasUrl;
  }

  public int sshPort() {
    return sshPort;
  }

  public Path maasKeyFile() {
    return dataDir.resolve("lab/maas-api-key");
  }

  public Path sshKeyFile() {
    return dataDir.resolve("lab/id_ed25519");
  }

  public Path knownHostsFile() {
    return dataDir.resolve("lab/known_hosts");
  }

  @Override
  public MaasClient maas() {
    return maas;
  }

  public ChildJvm jvm() {
    return jvm;
  }

  @Override
  public Map<String, String> clientProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("metalflow.lab.enabled", "false");
    p.put("metalflow.maas.url", maasUrl.toString());
    p.put("metalflow.maas.api-key-file", maasKeyFile().toString());
    p.put("metalflow.ssh.host", "127.0.0.1");
    p.put("metalflow.ssh.port", Integer.toString(sshPort));
    p.put("metalflow.ssh.user", "ubuntu");
    p.put("metalflow.ssh.private-key-file", sshKeyFile().toString());
    p.put("metalflow.ssh.known-hosts-file", knownHostsFile().toString());
    return p;
  }

  @Override
  public void close() {
    if (jvm.isAlive()) {
      jvm.stop(Duration.ofSeconds(30));
    }
  }
}
