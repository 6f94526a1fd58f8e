package io.metalflow.lab.juju;

import io.metalflow.maas.MaasClient;
import java.nio.file.Path;

/**
 * What the main host's programs share: settings, state, MAAS, faults, the workers and the job
 * wrapper's jobs (so a program can tell a stop from a host shutdown).
 */
record HostContext(
    MainHostSettings settings,
    LabJuju state,
    MaasClient maas,
    LabFaults faults,
    Path home,
    Provisioner provisioner,
    Workloads workloads,
    Jobs jobs) {}
