/**
 * The lab's main host: an embedded SSH server (Apache MINA SSHD) on loopback whose {@code juju}
 * behaves like Juju 3.6 on a MAAS cloud, per {@code shared/reference/juju-cli.md}. It serves SFTP
 * rooted at a real home directory, {@code direct-tcpip} forwarding to loopback targets only, the
 * {@code snap} installer and a native emulation of Metalflow's job wrapper. Its juju drives MAAS
 * through {@link io.metalflow.maas.MaasClient} as Juju's MAAS provider does (allocate with tags and
 * {@code agent_name}, deploy, poll until Deployed, release) and keeps its state in {@link
 * io.metalflow.lab.juju.LabJuju}, persisted as JSON under {@code <dataDir>/lab/}. Runs without
 * Spring: {@link io.metalflow.lab.juju.MainHostSimulator#start}.
 */
package io.metalflow.lab.juju;
