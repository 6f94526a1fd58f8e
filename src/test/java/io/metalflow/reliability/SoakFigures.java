package io.metalflow.reliability;

import io.metalflow.lab.maas.RecordedOperation;
import io.metalflow.process.BootstrapControllerProcess;
import io.metalflow.process.DeployApplicationsProcess;
import io.metalflow.reliability.support.EngineRest;
import io.metalflow.reliability.support.InProcessLab;
import io.metalflow.reliability.support.StackOperator;
import io.metalflow.reliability.support.StackRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a fault soak did, from the operator's runs, the engine's history and the lab. */
record SoakFigures(
    int stacks,
    long completed,
    long waiting,
    long unitRetries,
    long recommissionTasks,
    long commissioningWaits,
    long commissionedByMetalflow,
    long jobFailures,
    long incidents,
    long incidentRetries,
    long maas503,
    long maasCalls,
    int sshDropsArmed,
    int sshSessionsDropped,
    List<String> leaked,
    Duration took) {

  static SoakFigures of(
      List<StackRun> runs,
      EngineRest rest,
      InProcessLab lab,
      int armed,
      int drops,
      List<String> leaked,
      Instant begin) {
    List<RecordedOperation> ops = lab.simulator().operations();
    return new SoakFigures(
        runs.size(),
        runs.stream().filter(StackRun::tornDown).count(),
        runs.stream().filter(StackRun::waitsForOperator).count(),
        sum(runs, DeployApplicationsProcess.USER_TASK_INVESTIGATE_UNIT),
        sum(runs, BootstrapControllerProcess.USER_TASK_RECOMMISSION_MACHINE),
        instancesThatPassed(rest, BootstrapControllerProcess.TIMER_COMMISSIONING_POLL),
        rest.count(
            "/history/activity-instance/count?activityId="
                + BootstrapControllerProcess.TASK_COMMISSION_MACHINE),
        rest.count("/history/job-log/count?failureLog=true"),
        rest.historicIncidents().stream().filter(StackOperator::isRootCause).count(),
        runs.stream().mapToLong(StackRun::incidentRetries).sum(),
        ops.stream().filter(op -> op.status() == 503).count(),
        ops.size(),
        armed,
        drops,
        leaked,
        Duration.between(begin, Instant.now()));
  }

  private static long instancesThatPassed(EngineRest rest, String activityId) {
    return rest
        .get("/history/activity-instance?activityId=" + activityId)
        .findValues("processInstanceId")
        .stream()
        .distinct()
        .count();
  }

  private static long sum(List<StackRun> runs, String task) {
    return runs.stream().mapToLong(r -> r.completed(task)).sum();
  }

  void print() {
    System.out.printf(
        "[soak] stacks %d: completed %d, waiting at a task or incident %d; unit retries %d,"
            + " recommission tasks %d; stacks that waited for commissioning %d, machines"
            + " commissioned again by Metalflow %d; job failures (retried by the engine) %d;"
            + " incidents %d (retried by the operator %d); MAAS 503 answers %d of %d calls"
            + " (last 10 000 kept); SSH drops armed %d, sessions dropped %d; machines leaked %d %s; took %d s%n",
        stacks,
        completed,
        waiting,
        unitRetries,
        recommissionTasks,
        commissioningWaits,
        commissionedByMetalflow,
        jobFailures,
        incidents,
        incidentRetries,
        maas503,
        maasCalls,
        sshDropsArmed,
        sshSessionsDropped,
        leaked.size(),
        leaked,
        took.toSeconds());
  }
}
