package io.metalflow.lab.juju;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs juju commands through the job wrapper and waits for them, as Metalflow does. */
final class JujuJobs {

  private JujuJobs() {}

  static LabSsh.Result start(LabSsh ssh, String runId, String... jujuArgs) throws Exception {
    List<String> argv =
        new ArrayList<>(List.of(LabFiles.WRAPPER, "start", runId, "--", "/snap/bin/juju"));
    argv.addAll(List.of(jujuArgs));
    return ssh.run(argv.toArray(String[]::new));
  }

  /** Waits until the run exited and returns its status line, e.g. {@code exited 0}. */
  static String awaitExit(LabSsh ssh, String runId) {
    String[] status = new String[1];
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(50))
        .until(
            () -> {
              status[0] = ssh.run(LabFiles.WRAPPER, "status", runId).stdout().strip();
              return status[0].startsWith("exited");
            });
    return status[0];
  }

  static String log(LabSsh ssh, String runId) throws Exception {
    return ssh.run(LabFiles.WRAPPER, "log", runId, "0").stdout();
  }
}
