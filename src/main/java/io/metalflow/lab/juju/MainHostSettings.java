package io.metalflow.lab.juju;

import io.metalflow.maas.MaasApiKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the lab's main host.
 *
 * @param dataDir Metalflow's data directory; the host keeps its files under {@code <dataDir>/lab/}
 * @param port SSH port on 127.0.0.1 (0 picks a free one)
 * @param addressPrefix loopback prefix for machines whose MAAS record carries no address, e.g.
 *     {@code 127.77.0.}; machine N gets prefix + (10 + N)
 * @param maasApiKey the lab MAAS key: a juju credential with another key fails like a MAAS 401
 * @param authorizedKeys extra OpenSSH public key lines accepted for user {@code ubuntu}
 * @param timings Juju's own durations
 * @param faults faults armed at start
 */
public record MainHostSettings(
    Path dataDir,
    int port,
    String addressPrefix,
    MaasApiKey maasApiKey,
    List<String> authorizedKeys,
    JujuTimings timings,
    FaultSettings faults) {

  public static final int DEFAULT_PORT = 2222;
  public static final String DEFAULT_ADDRESS_PREFIX = "127.77.0.";

  public MainHostSettings {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(maasApiKey, "maasApiKey");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("SSH port out of range: " + port);
    }
    if (addressPrefix == null || !addressPrefix.startsWith("127.")) {
      throw new IllegalArgumentException("addressPrefix must be in 127.0.0.0/8: " + addressPrefix);
    }
    authorizedKeys = authorizedKeys == null ? List.of() : List.copyOf(authorizedKeys);
    timings = timings == null ? JujuTimings.demonstration() : timings;
    faults = faults == null ? FaultSettings.none() : faults;
  }

  /** Port 2222, prefix {@code 127.77.0.}, demonstration timings, no faults, no extra keys. */
  public static MainHostSettings defaults(Path dataDir, MaasApiKey maasApiKey) {
    return new MainHostSettings(
        dataDir,
        DEFAULT_PORT,
        DEFAULT_ADDRESS_PREFIX,
        maasApiKey,
        List.of(),
        JujuTimings.demonstration(),
        FaultSettings.none());
  }

  public MainHostSettings withPort(int newPort) {
    return new MainHostSettings(
        dataDir, newPort, addressPrefix, maasApiKey, authorizedKeys, timings, faults);
  }

  public MainHostSettings withAddressPrefix(String prefix) {
    return new MainHostSettings(dataDir, port, prefix, maasApiKey, authorizedKeys, timings, faults);
  }

  public MainHostSettings withAuthorizedKeys(List<String> keys) {
    return new MainHostSettings(dataDir, port, addressPrefix, maasApiKey, keys, timings, faults);
  }

  public MainHostSettings withMaasApiKey(MaasApiKey key) {
    return new MainHostSettings(dataDir, port, addressPrefix, key, authorizedKeys, timings, faults);
  }

  public MainHostSettings withTimings(JujuTimings newTimings) {
    return new MainHostSettings(
        dataDir, port, addressPrefix, maasApiKey, authorizedKeys, newTimings, faults);
  }

  public MainHostSettings withFaults(FaultSettings newFaults) {
    return new MainHostSettings(
        dataDir, port, addressPrefix, maasApiKey, authorizedKeys, timings, newFaults);
  }

  /** {@code <dataDir>/lab}. */
  public Path labDir() {
    return dataDir.resolve("lab");
  }
}
