package io.metalflow.lab.juju;

import io.metalflow.maas.MaasClient;
import java.nio.file.Path;

/** What the main host's programs share: settings, state, MAAS, faults and the workers. */
record HostContext(
    MainHostSettings settings,
    LabJuju state,
    MaasClient maas,
    LabFaults faults,
    Path home,
    Provisioner provisioner,
    Workloads workloads) {}
