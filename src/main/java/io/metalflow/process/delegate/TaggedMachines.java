package io.metalflow.process.delegate;

import io.metalflow.maas.MaasBadRequestException;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import java.util.List;

/**
 * The machines carrying a tag. MAAS answers 400 {@code {"tags": ["No such tag(s): 'juju'."]}} to a
 * filter on a tag it does not know; for Metalflow that simply means no machine is tagged yet.
 */
final class TaggedMachines {

  private TaggedMachines() {}

  static List<Machine> find(MaasClient maas, String tag) {
    try {
      return maas.machines(MachineQuery.all().withTags(tag));
    } catch (MaasBadRequestException e) {
      if (e.fieldErrors().containsKey("tags")) {
        return List.of();
      }
      throw e;
    }
  }
}
