/**
 * The embedded lab: a MAAS API simulator and an SSH main host whose {@code juju} behaves like Juju
 * 3.6, started before Metalflow's own beans when {@code metalflow.lab.enabled=true}, or alone with
 * {@code --lab-only}. Metalflow's clients are pointed at it through ordinary configuration, so the
 * production code path is identical.
 */
package io.metalflow.lab;
