package io.metalflow.lab;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded lab ({@code metalflow.lab.*}). {@code timeScale} multiplies the realistic durations
 * of MAAS and Juju (1 = real hardware, 0.1 = ten times faster, 0 = no delays).
 */
@ConfigurationProperties("metalflow.lab")
public record LabProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("0.1") double timeScale,
    @DefaultValue("127.77.0.") String addressPrefix,
    @DefaultValue Maas maas,
    @DefaultValue MainHost mainHost) {

  /** The MAAS simulator: where it listens, how many machines, which faults. */
  public record Maas(
      @DefaultValue("127.0.0.1") String host,
      @DefaultValue("5240") int port,
      @DefaultValue("5") int machines,
      Set<String> failFirstCommissioning,
      @DefaultValue("0") double unavailableRate,
      Set<String> stuckDeploying,
      @DefaultValue("42") long seed) {

    public Maas {
      failFirstCommissioning = failFirstCommissioning == null ? Set.of() : failFirstCommissioning;
      stuckDeploying = stuckDeploying == null ? Set.of() : stuckDeploying;
    }
  }

  /** The main host: its SSH port and faults. */
  public record MainHost(
      @DefaultValue("2222") int port, Set<String> failingInstalls, Duration slowBootstrap) {

    public MainHost {
      failingInstalls = failingInstalls == null ? Set.of() : failingInstalls;
      slowBootstrap = slowBootstrap == null ? Duration.ZERO : slowBootstrap;
    }
  }
}
