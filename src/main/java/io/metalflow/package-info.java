/**
 * Metalflow's entry point and its run-time home ({@code metalflow.data-dir}); each outside system
 * has its own sub-package ({@code maas}, {@code ssh}, {@code juju}, {@code stack}), the process
 * glue lives in {@code process}, the simulated lab in {@code lab}.
 */
package io.metalflow;
