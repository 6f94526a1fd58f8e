package io.metalflow.lab.maas;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Settings of the MAAS simulator. Immutable; change with the {@code with…} methods.
 *
 * @param host address to bind (loopback by default)
 * @param port port to bind; 0 picks a free one
 * @param dataDir where {@code lab/maas-api-key} and {@code lab/maas-state.json} live; null keeps
 *     everything in memory
 * @param machineCount machines {@code server1}…{@code serverN} of the reference lab
 * @param addressPrefix first three octets of the machines' addresses, in 127.0.0.0/8, e.g. {@code
 *     127.77.0.}; machine N gets {@code prefix + (10 + N)} when deployed
 * @param timings lifecycle phase durations
 * @param failFirstCommissioning hostnames whose first commissioning fails
 * @param unavailableRate share (0..1) of authenticated API calls answered 503 with {@code
 *     Retry-After: 1}
 * @param stuckDeploying hostnames that never get from Deploying to Deployed
 * @param seed seed for system ids and the 503 draw, so runs are repeatable
 */
public record MaasLabSettings(
    String host,
    int port,
    Path dataDir,
    int machineCount,
    String addressPrefix,
    MaasLabTimings timings,
    Set<String> failFirstCommissioning,
    double unavailableRate,
    Set<String> stuckDeploying,
    long seed) {

  private static final Pattern LOOPBACK_PREFIX =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.");

  public MaasLabSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(timings, "timings");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (machineCount < 1 || machineCount > 240) {
      throw new IllegalArgumentException("machineCount must be 1..240: " + machineCount);
    }
    if (addressPrefix == null || !LOOPBACK_PREFIX.matcher(addressPrefix).matches()) {
      throw new IllegalArgumentException(
          "addressPrefix must be three octets in 127.0.0.0/8 ending with a dot, e.g. 127.77.0.: "
              + addressPrefix);
    }
    if (!(unavailableRate >= 0.0 && unavailableRate <= 1.0)) {
      throw new IllegalArgumentException("unavailableRate must be 0..1: " + unavailableRate);
    }
    failFirstCommissioning = Set.copyOf(failFirstCommissioning);
    stuckDeploying = Set.copyOf(stuckDeploying);
  }

  /** 127.0.0.1:5240, in memory, five machines at 127.77.0.11…15, demonstration timings. */
  public static MaasLabSettings defaults() {
    return new MaasLabSettings(
        "127.0.0.1",
        5240,
        null,
        5,
        "127.77.0.",
        MaasLabTimings.defaults(),
        Set.of(),
        0.0,
        Set.of(),
        42L);
  }

  /** For tests: {@link #defaults()} on an ephemeral port with every phase taking no time. */
  public static MaasLabSettings zeroDelay() {
    return defaults().withPort(0).withTimings(MaasLabTimings.zero());
  }

  public MaasLabSettings withHost(String value) {
    return new MaasLabSettings(
        value,
        port,
        dataDir,
        machineCount,
        addressPrefix,
        timings,
        failFirstCommissioning,
        unavailableRate,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withPort(int value) {
    return new MaasLabSettings(
        host,
        value,
        dataDir,
        machineCount,
        addressPrefix,
        timings,
        failFirstCommissioning,
        unavailableRate,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withDataDir(Path value) {
    return new MaasLabSettings(
        host,
        port,
        value,
        machineCount,
        addressPrefix,
        timings,
        failFirstCommissioning,
        unavailableRate,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withMachineCount(int value) {
    return new MaasLabSettings(
        host,
        port,
        dataDir,
        value,
        addressPrefix,
        timings,
        failFirstCommissioning,
        unavailableRate,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withAddressPrefix(String value) {
    return new MaasLabSettings(
        host,
        port,
        dataDir,
        machineCount,
        value,
        timings,
        failFirstCommissioning,
        unavailableRate,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withTimings(MaasLabTimings value) {
    return new MaasLabSettings(
        host,
        port,
        dataDir,
        machineCount,
        addressPrefix,
        value,
        failFirstCommissioning,
        unavailableRate,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withFailFirstCommissioning(Set<String> value) {
    return new MaasLabSettings(
        host,
        port,
        dataDir,
        machineCount,
        addressPrefix,
        timings,
        value,
        unavailableRate,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withUnavailableRate(double value) {
    return new MaasLabSettings(
        host,
        port,
        dataDir,
        machineCount,
        addressPrefix,
        timings,
        failFirstCommissioning,
        value,
        stuckDeploying,
        seed);
  }

  public MaasLabSettings withStuckDeploying(Set<String> value) {
    return new MaasLabSettings(
        host,
        port,
        dataDir,
        machineCount,
        addressPrefix,
        timings,
        failFirstCommissioning,
        unavailableRate,
        value,
        seed);
  }

  public MaasLabSettings withSeed(long value) {
    return new MaasLabSettings(
        host,
        port,
        dataDir,
        machineCount,
        addressPrefix,
        timings,
        failFirstCommissioning,
        unavailableRate,
        stuckDeploying,
        value);
  }
}
