package io.metalflow.lab.juju;

/**
 * How often each heavy juju command was invoked for one controller name (failed runs included),
 * kept after the controller is destroyed. Crash tests assert that a resumed process did not run a
 * step twice.
 */
public record LabCounters(int bootstraps, int deploys, int integrates, int destroys) {

  static LabCounters zero() {
    return new LabCounters(0, 0, 0, 0);
  }

  LabCounters plusBootstrap() {
    return new LabCounters(bootstraps + 1, deploys, integrates, destroys);
  }

  LabCounters plusDeploy() {
    return new LabCounters(bootstraps, deploys + 1, integrates, destroys);
  }

  LabCounters plusIntegrate() {
    return new LabCounters(bootstraps, deploys, integrates + 1, destroys);
  }

  LabCounters plusDestroy() {
    return new LabCounters(bootstraps, deploys, integrates, destroys + 1);
  }
}
