package io.metalflow.juju;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code metalflow.juju.*}: where the juju client lives on the main host ({@code binary}, default
 * {@code /snap/bin/juju}, called by full path because a non-login SSH shell may lack {@code
 * /snap/bin} on PATH), the snap channel it is installed from ({@code snap-channel}, default {@code
 * 3.6}) and how long one short juju command may take ({@code command-timeout}, default 2 minutes;
 * bootstrap and destroy run detached and are not bound by it).
 */
@ConfigurationProperties("metalflow.juju")
public record JujuProperties(String binary, String snapChannel, Duration commandTimeout) {

  public static final String DEFAULT_BINARY = "/snap/bin/juju";
  public static final String DEFAULT_SNAP_CHANNEL = "3.6";
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(2);

  public JujuProperties {
    binary = binary == null || binary.isBlank() ? DEFAULT_BINARY : binary;
    snapChannel = snapChannel == null || snapChannel.isBlank() ? DEFAULT_SNAP_CHANNEL : snapChannel;
    commandTimeout = commandTimeout == null ? DEFAULT_COMMAND_TIMEOUT : commandTimeout;
    if (!binary.matches("/?[A-Za-z0-9_.+-]+(?:/[A-Za-z0-9_.+-]+)*")) {
      throw new IllegalArgumentException(
          "metalflow.juju.binary must be a plain path such as /snap/bin/juju");
    }
    JujuNames.snapChannel(snapChannel);
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException("metalflow.juju.command-timeout must be positive");
    }
  }

  /** All defaults. */
  public static JujuProperties defaults() {
    return new JujuProperties(null, null, null);
  }
}
