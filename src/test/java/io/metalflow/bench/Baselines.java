package io.metalflow.bench;

import java.time.Duration;

/** Builds the {@link ManualProcedure} for a running lab. */
final class Baselines {

  private Baselines() {}

  static ManualProcedure manual(MetalflowRun run, Duration poll) {
    return new ManualProcedure(
        run.ssh(), run.maas(), run.lab().maas().url().toString(), run.lab().maas().apiKey(), poll);
  }
}
