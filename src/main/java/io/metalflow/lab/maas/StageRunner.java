package io.metalflow.lab.maas;

import io.metalflow.maas.MachineStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves machines through their timed stages: commissioning → testing → Ready (or Failed
 * commissioning once, for a faulty machine), the seven deployment steps → Deployed (never, for a
 * stuck machine), releasing / disk erasing → Ready. Stage due times are stored, so a restarted lab
 * {@link #resumeAll resumes} them.
 */
final class StageRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StageRunner.class);

  private final LabMachines lab;
  private final StageScheduler scheduler;
  private final MaasFaults faults;
  private final MaasLabTimings timings;
  private final Clock clock;

  StageRunner(
      LabMachines lab,
      StageScheduler scheduler,
      MaasFaults faults,
      MaasLabTimings timings,
      Clock clock) {
    this.lab = lab;
    this.scheduler = scheduler;
    this.faults = faults;
    this.timings = timings;
    this.clock = clock;
  }

  /** Starts {@code stage} now: emits its event and schedules its end. */
  void enter(LabState s, LabMachine m, Stage stage) {
    Instant now = clock.instant();
    Duration duration = stage.duration(timings);
    m.stage = stage;
    m.stageDueAt = now.plus(duration);
    if (stage == Stage.PXE_BOOT || stage == Stage.COMMISSIONING || stage == Stage.DISK_ERASING) {
      m.powerState = "on";
    }
    s.emit(m, EventLevel.INFO, stage.eventType(), "", null, now);
    schedule(m.systemId, duration);
  }

  /** Ends the machine's stage without completing it (abort, release, reset). */
  void stop(LabMachine m) {
    m.stage = null;
    m.stageDueAt = null;
    scheduler.cancel(m.systemId);
  }

  /** Reschedules every machine that was in a stage when the lab was saved. */
  void resumeAll(LabState s) {
    Instant now = clock.instant();
    for (LabMachine m : s.machines) {
      if (m.stage != null) {
        Duration left = m.stageDueAt == null ? Duration.ZERO : Duration.between(now, m.stageDueAt);
        schedule(m.systemId, left.isNegative() ? Duration.ZERO : left);
      }
    }
  }

  /** Lets a machine that was held in its last deployment step go on. */
  void resume(String hostname) {
    lab.update(
        s ->
            s.byHostname(hostname)
                .filter(m -> m.stage == Stage.REBOOTING && m.stageDueAt == null)
                .ifPresent(m -> schedule(m.systemId, Duration.ZERO)));
  }

  /** Release done: Ready, unowned, address and workload annotations dropped, powered off. */
  void finishRelease(LabState s, LabMachine m) {
    stop(m);
    m.status = MachineStatus.READY;
    m.owner = null;
    m.agentName = null;
    m.ip = null;
    m.ownerData.clear();
    m.powerState = "off";
    m.netboot = true;
    s.emit(m, EventLevel.INFO, "Released", "", null, clock.instant());
  }

  private void schedule(String systemId, Duration delay) {
    scheduler.schedule(systemId, delay, ticket -> due(systemId, ticket));
  }

  private void due(String systemId, long ticket) {
    try {
      lab.update(
          s -> {
            if (scheduler.claim(systemId, ticket)) {
              s.machine(systemId).ifPresent(m -> complete(s, m));
            }
          });
    } catch (RuntimeException e) {
      LOG.warn("lab machine {}: stage change failed", systemId, e);
    }
  }

  private void complete(LabState s, LabMachine m) {
    if (m.stage == null) {
      return;
    }
    switch (m.stage) {
      case COMMISSIONING -> finishCommissioning(s, m);
      case TESTING -> finishTesting(s, m);
      case REBOOTING -> finishDeployment(s, m);
      case RELEASING, DISK_ERASING -> finishRelease(s, m);
      default -> enter(s, m, m.stage.nextDeploymentStep());
    }
  }

  private void finishCommissioning(LabState s, LabMachine m) {
    if (faults.failsFirstCommissioning(m.hostname) && m.commissioningFailures == 0) {
      failCommissioning(s, m);
    } else if (m.skipTesting) {
      m.commissioningStatus = ScriptStatus.PASSED;
      finishTesting(s, m);
    } else {
      m.status = MachineStatus.TESTING;
      m.commissioningStatus = ScriptStatus.PASSED;
      m.testingStatus = ScriptStatus.RUNNING;
      enter(s, m, Stage.TESTING);
    }
  }

  private void failCommissioning(LabState s, LabMachine m) {
    stop(m);
    m.commissioningFailures++;
    m.status = MachineStatus.FAILED_COMMISSIONING;
    m.commissioningStatus = ScriptStatus.FAILED;
    m.testingStatus = ScriptStatus.ABORTED;
    m.owner = null;
    m.powerState = "off";
    s.emit(m, EventLevel.ERROR, "Failed commissioning", "", null, clock.instant());
  }

  private void finishTesting(LabState s, LabMachine m) {
    stop(m);
    m.status = MachineStatus.READY;
    if (!m.skipTesting) {
      m.testingStatus = ScriptStatus.PASSED;
    }
    m.owner = null;
    m.powerState = "off";
    s.emit(m, EventLevel.INFO, "Ready", "", null, clock.instant());
  }

  private void finishDeployment(LabState s, LabMachine m) {
    if (faults.isStuckDeploying(m.hostname)) {
      m.stageDueAt = null;
      return;
    }
    stop(m);
    m.status = MachineStatus.DEPLOYED;
    m.netboot = false;
    m.installationResultId = s.nextResultId();
    s.emit(m, EventLevel.INFO, "Deployed", "", null, clock.instant());
  }
}
