package io.metalflow.lab.maas;

import java.util.List;
import java.util.Optional;

/** Read access to the simulated machines; every call returns a fresh, consistent snapshot. */
public interface LabMachinesView {

  /** All machines, ordered as MAAS lists them (server1 first). */
  List<LabMachineView> all();

  Optional<LabMachineView> byHostname(String hostname);

  Optional<LabMachineView> bySystemId(String systemId);
}
