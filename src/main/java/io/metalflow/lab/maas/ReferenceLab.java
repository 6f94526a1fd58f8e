package io.metalflow.lab.maas;

import java.time.Instant;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The reference lab: {@code server1}…{@code serverN}, commissioned and Ready, unowned, untagged, in
 * zone and pool {@code default}; NUC-like (4 cores, 16 GiB; server1 8 GiB). System ids come from
 * the settings' seed, so the same settings give the same ids.
 */
final class ReferenceLab {

  static final String ALPHABET = "34678abcdefghkmnpqrstwxy";

  private ReferenceLab() {}

  static LabState build(MaasLabSettings settings, Instant now) {
    LabState state = new LabState();
    Random random = new Random(settings.seed());
    Set<String> used = new HashSet<>();
    for (int n = 1; n <= settings.machineCount(); n++) {
      long memory = n == 1 ? 8192 : 16384;
      LabMachine m =
          new LabMachine(n, systemId(random, used), "server" + n, MachineHardware.nuc(n, memory));
      m.commissioningResultId = state.nextResultId();
      m.testingResultId = state.nextResultId();
      state.machines.add(m);
      state.emit(m, EventLevel.INFO, "Commissioning", "", "admin", now);
      state.emit(m, EventLevel.INFO, "Testing", "", null, now);
      state.emit(m, EventLevel.INFO, "Ready", "", null, now);
    }
    return state;
  }

  private static String systemId(Random random, Set<String> used) {
    while (true) {
      StringBuilder id = new StringBuilder(6);
      for (int i = 0; i < 6; i++) {
        id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      if (used.add(id.toString())) {
        return id.toString();
      }
    }
  }
}
