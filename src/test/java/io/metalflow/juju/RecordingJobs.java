package io.metalflow.juju;

import io.metalflow.ssh.JobStatus;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.ssh.RunId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@link RemoteJobs} double that behaves like the wrapper: a run id starts once. */
final class RecordingJobs implements RemoteJobs {

  record Start(RunId runId, List<String> argv) {}

  final List<Start> starts = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  private final Set<RunId> known = new HashSet<>();

  @Override
  public boolean start(RunId runId, List<String> argv) {
    starts.add(new Start(runId, List.copyOf(argv)));
    return known.add(runId);
  }

  @Override
  public JobStatus status(RunId runId) {
    calls.add("status " + runId);
    return known.contains(runId) ? JobStatus.exited(0) : JobStatus.unknown();
  }

  @Override
  public JobStatus stop(RunId runId) {
    calls.add("stop " + runId);
    return known.contains(runId) ? JobStatus.exited(0) : JobStatus.unknown();
  }

  @Override
  public String log(RunId runId, long offset) {
    calls.add("log " + runId + " " + offset);
    return "Bootstrap complete, controller \"maas-controller\" is now available\n";
  }
}
