package io.metalflow.lab.juju;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Faults the lab's main host starts with; {@link LabFaults} changes them at run time.
 *
 * @param failingInstalls applications whose first unit's install hook fails once (until {@code juju
 *     resolve})
 * @param droppedConnections command name (a juju sub-command such as {@code status}, or a program
 *     such as {@code metalflow-run}) to how many of its next runs lose their SSH session
 * @param slowBootstrap extra time every bootstrap spends installing the agent
 */
public record FaultSettings(
    Set<String> failingInstalls, Map<String, Integer> droppedConnections, Duration slowBootstrap) {

  public FaultSettings {
    failingInstalls = failingInstalls == null ? Set.of() : Set.copyOf(failingInstalls);
    droppedConnections = droppedConnections == null ? Map.of() : Map.copyOf(droppedConnections);
    slowBootstrap = slowBootstrap == null ? Duration.ZERO : slowBootstrap;
  }

  public static FaultSettings none() {
    return new FaultSettings(Set.of(), Map.of(), Duration.ZERO);
  }
}
