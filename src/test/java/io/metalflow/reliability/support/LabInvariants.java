package io.metalflow.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;

/**
 * What every reliability run must leave behind in the lab, checked through its MAAS API and its
 * records on disk:
 *
 * <ul>
 *   <li>no MAAS machine is held by two controllers (as a model machine or a controller node);
 *   <li>every machine no controller holds is Ready in MAAS (released machines came back; a machine
 *       still Releasing gets {@code settle} to finish);
 *   <li>no job wrapper run is left running.
 * </ul>
 */
public final class LabInvariants {

  private LabInvariants() {}

  /** Checks the three invariants; fails the test with what is wrong. */
  public static void check(Path dataDir, MaasClient maas, Duration settle) {
    LabRecords records = new LabRecords(dataDir);
    Map<String, Set<String>> holders = records.holders();
    assertThat(holders)
        .as("MAAS machines held by more than one controller")
        .allSatisfy((systemId, controllers) -> assertThat(controllers).hasSize(1));
    Awaitility.await("machines no controller holds are Ready")
        .atMost(settle)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(
            () ->
                assertThat(unheldNotReady(maas, records.holders().keySet()))
                    .as("machines released by every controller but not Ready")
                    .isEmpty());
    Awaitility.await("no job wrapper run is left running")
        .atMost(settle)
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(records.unfinishedRuns()).isEmpty());
  }

  /** Machines that are not Ready (allocated, deployed, releasing, …), as {@code host status}. */
  public static List<String> notReady(MaasClient maas) {
    return unheldNotReady(maas, Set.of());
  }

  private static List<String> unheldNotReady(MaasClient maas, Set<String> held) {
    return maas.machines(MachineQuery.all()).stream()
        .filter(m -> !held.contains(m.systemId()))
        .filter(m -> m.status() != MachineStatus.READY)
        .map(LabInvariants::describe)
        .toList();
  }

  private static String describe(Machine m) {
    return m.hostname() + " " + m.status().displayName() + " (owner " + m.owner() + ")";
  }
}
