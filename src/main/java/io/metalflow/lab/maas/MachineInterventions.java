package io.metalflow.lab.maas;

import static io.metalflow.maas.MachineStatus.ALLOCATED;
import static io.metalflow.maas.MachineStatus.BROKEN;
import static io.metalflow.maas.MachineStatus.DEPLOYED;
import static io.metalflow.maas.MachineStatus.DEPLOYING;
import static io.metalflow.maas.MachineStatus.FAILED_DISK_ERASING;
import static io.metalflow.maas.MachineStatus.NEW;
import static io.metalflow.maas.MachineStatus.READY;

import io.metalflow.maas.MachineStatus;
import java.time.Clock;
import java.util.Locale;

/**
 * The operator's interventions on a machine (reference §3.9–3.11): abort, mark broken / fixed,
 * power on / off. Like {@link MachineLifecycle}, each checks first and answers MAAS's error without
 * changing anything. Called inside {@link LabMachines#write}.
 */
final class MachineInterventions {

  private final MachineLifecycle lifecycle;
  private final StageRunner stages;
  private final Clock clock;

  MachineInterventions(MachineLifecycle lifecycle, StageRunner stages, Clock clock) {
    this.lifecycle = lifecycle;
    this.stages = stages;
    this.clock = clock;
  }

  /** Commissioning → New, Deploying → Allocated, Testing → previous, Disk erasing → Failed. */
  void abort(LabState s, LabMachine m, String user, String comment) {
    MachineStatus next = abortedStatus(m);
    String event = "Aborted " + m.status.displayName().toLowerCase(Locale.ROOT);
    stages.stop(m);
    if (m.status == MachineStatus.COMMISSIONING) {
      m.commissioningStatus = ScriptStatus.ABORTED;
    }
    if (m.status == MachineStatus.COMMISSIONING || m.status == MachineStatus.TESTING) {
      m.testingStatus = ScriptStatus.ABORTED;
      m.owner = null;
    }
    if (m.status == DEPLOYING) {
      m.ip = null;
    }
    m.status = next;
    m.powerState = "off";
    s.emit(m, EventLevel.INFO, event, MachineLifecycle.nonNull(comment), user, clock.instant());
  }

  private static MachineStatus abortedStatus(LabMachine m) {
    return switch (m.status) {
      case COMMISSIONING -> NEW;
      case DEPLOYING -> ALLOCATED;
      case TESTING -> m.previousStatus == null ? READY : m.previousStatus;
      case DISK_ERASING -> FAILED_DISK_ERASING;
      default ->
          throw ApiError.conflict(
              "Cannot abort in current state: node "
                  + m.systemId
                  + " is in state "
                  + m.status.displayName()
                  + ".");
    };
  }

  /** Any → Broken; a releasable machine that is not Deployed loses its allocation first. */
  void markBroken(LabState s, LabMachine m, String user, String comment) {
    if (m.status == BROKEN) {
      return;
    }
    stages.stop(m);
    if (MachineLifecycle.RELEASABLE.contains(m.status) && m.status != DEPLOYED) {
      MachineLifecycle.clearDeployment(m);
      m.owner = null;
      m.ip = null;
      m.ownerData.clear();
    }
    m.previousStatus = m.status;
    m.status = BROKEN;
    m.errorDescription = MachineLifecycle.nonNull(comment);
    s.emit(
        m,
        EventLevel.DEBUG,
        "User marking node broken",
        MachineLifecycle.nonNull(comment),
        user,
        clock.instant());
  }

  /** Broken → Ready (or back to Deployed). */
  void markFixed(LabState s, LabMachine m, String user, String comment) {
    if (m.status != BROKEN) {
      throw ApiError.conflict("Can't mark a non-broken node as 'Ready'.");
    }
    m.status = m.previousStatus == DEPLOYED ? DEPLOYED : READY;
    m.errorDescription = "";
    s.emit(
        m,
        EventLevel.DEBUG,
        "User marking node fixed",
        MachineLifecycle.nonNull(comment),
        user,
        clock.instant());
  }

  /** Powers an owned machine on; on an Allocated machine this starts a deployment. */
  void powerOn(LabState s, LabMachine m, String user, String comment) {
    if (m.owner == null) {
      throw ApiError.conflict("Can't start node: it hasn't been allocated.");
    }
    if (m.status == ALLOCATED) {
      lifecycle.deploy(
          s, m, user, DistroSeries.DEFAULT, new MachineLifecycle.DeployOrigin(null, comment));
      return;
    }
    m.powerState = "on";
    s.emit(
        m,
        EventLevel.DEBUG,
        "User powering up node",
        MachineLifecycle.nonNull(comment),
        user,
        clock.instant());
  }

  void powerOff(LabState s, LabMachine m, String user, String comment) {
    m.powerState = "off";
    s.emit(
        m,
        EventLevel.DEBUG,
        "User powering down node",
        MachineLifecycle.nonNull(comment),
        user,
        clock.instant());
  }
}
