package io.metalflow.lab.juju;

import io.metalflow.maas.MaasApiKey;
import io.metalflow.ssh.SshProperties;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Settings for tests: ephemeral port, zero delays, a random loopback prefix per host. */
final class LabFixtures {

  static final MaasApiKey KEY =
      MaasApiKey.parse("consumerKey12345678:tokenKey1234567890:tokenSecret123456789012345678901");

  private LabFixtures() {}

  /** e.g. {@code 127.143.27.}: unlikely to collide with another test's stand-ins. */
  static String randomPrefix() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "127." + random.nextInt(100, 250) + "." + random.nextInt(1, 250) + ".";
  }

  static MainHostSettings settings(Path dataDir, String prefix) {
    return MainHostSettings.defaults(dataDir, KEY)
        .withPort(0)
        .withAddressPrefix(prefix)
        .withTimings(JujuTimings.zero());
  }

  /** Metalflow's SSH settings for the lab's main host: its user, client key and known_hosts. */
  static SshProperties sshTo(MainHostSimulator host) {
    return new SshProperties(
        host.host(),
        host.port(),
        "ubuntu",
        host.clientKeyFile(),
        host.knownHostsFile(),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        2);
  }
}
