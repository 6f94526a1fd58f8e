package io.metalflow.overview;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.overview.Overview.MaasView;
import io.metalflow.overview.Overview.MachineView;
import java.util.List;

/** Lists every MAAS machine with one {@code GET machines/}; a failure becomes the error text. */
final class MachinesSection {

  private final MaasClient maas;

  MachinesSection(MaasClient maas) {
    this.maas = maas;
  }

  MaasView read() {
    try {
      List<MachineView> machines =
          maas.machines(MachineQuery.all()).stream().map(MachinesSection::view).toList();
      return new MaasView(machines, null);
    } catch (RuntimeException e) {
      return new MaasView(List.of(), Errors.describe(e));
    }
  }

  private static MachineView view(Machine m) {
    return new MachineView(
        m.hostname(),
        m.systemId(),
        m.status() == null ? null : m.status().displayName(),
        m.statusMessage(),
        m.owner(),
        m.tags(),
        m.ipAddresses(),
        m.powerState(),
        m.zone());
  }
}
