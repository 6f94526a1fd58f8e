package io.metalflow.lab.maas;

import static io.metalflow.maas.MachineStatus.ALLOCATED;
import static io.metalflow.maas.MachineStatus.BROKEN;
import static io.metalflow.maas.MachineStatus.DEPLOYED;
import static io.metalflow.maas.MachineStatus.DEPLOYING;
import static io.metalflow.maas.MachineStatus.DISK_ERASING;
import static io.metalflow.maas.MachineStatus.FAILED_COMMISSIONING;
import static io.metalflow.maas.MachineStatus.FAILED_DEPLOYMENT;
import static io.metalflow.maas.MachineStatus.FAILED_DISK_ERASING;
import static io.metalflow.maas.MachineStatus.FAILED_RELEASING;
import static io.metalflow.maas.MachineStatus.NEW;
import static io.metalflow.maas.MachineStatus.READY;
import static io.metalflow.maas.MachineStatus.RELEASING;
import static io.metalflow.maas.MachineStatus.RESERVED;

import io.metalflow.maas.MachineStatus;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * The user-driven transitions of MAAS's node state machine (reference §5.2): each method checks the
 * state first (throwing the MAAS error answer without changing anything), then changes the machine
 * and starts its timed stage. Called inside {@link LabMachines#write}.
 */
final class MachineLifecycle {

  static final Set<MachineStatus> RELEASABLE =
      EnumSet.of(
          ALLOCATED,
          RESERVED,
          BROKEN,
          DEPLOYING,
          DEPLOYED,
          FAILED_DEPLOYMENT,
          FAILED_DISK_ERASING,
          FAILED_RELEASING);

  private static final Set<MachineStatus> COMMISSIONABLE =
      EnumSet.of(NEW, FAILED_COMMISSIONING, READY, BROKEN);

  private final StageRunner stages;
  private final LabNetwork network;
  private final Clock clock;

  MachineLifecycle(StageRunner stages, LabNetwork network, Clock clock) {
    this.stages = stages;
    this.network = network;
    this.clock = clock;
  }

  /** Ready → Allocated for {@code user}; the caller has checked the machine is Ready. */
  void allocate(LabState s, LabMachine m, String user, String agentName, String comment) {
    m.status = ALLOCATED;
    m.owner = user;
    m.agentName = agentName;
    s.emit(m, EventLevel.DEBUG, "User acquiring node", nonNull(comment), user, clock.instant());
  }

  /** Ready (auto-allocated) or Allocated → Deploying; the address is assigned now. */
  void deploy(LabState s, LabMachine m, String user, DistroSeries series, DeployOrigin origin) {
    if (m.status == READY && m.owner != null && !m.owner.equals(user)) {
      throw ApiError.conflict("Can't allocate a machine belonging to another user.");
    }
    if (m.status != READY && m.status != ALLOCATED) {
      throw ApiError.conflict(
          "Can't deploy a machine that is in the '" + m.status.displayName() + "' state");
    }
    if (m.status == READY) {
      allocate(s, m, user, origin.agentName(), origin.comment());
    }
    m.status = DEPLOYING;
    m.osystem = "ubuntu";
    m.distroSeries = series.codename();
    m.hweKernel = series.kernel();
    m.netboot = true;
    m.ip = network.addressOf(m.index);
    s.emit(
        m,
        EventLevel.DEBUG,
        "User starting deployment",
        nonNull(origin.comment()),
        user,
        clock.instant());
    stages.enter(s, m, Stage.DEPLOYING);
  }

  /**
   * Releases a releasable machine: at once to Ready when it is powered off, else through Releasing
   * (or Disk erasing when {@code erase}).
   *
   * @return false when the machine is Ready or already releasing (nothing done)
   */
  boolean release(LabState s, LabMachine m, String user, String comment, boolean erase) {
    if (m.status == READY || m.status == RELEASING || m.status == DISK_ERASING) {
      return false;
    }
    if (!RELEASABLE.contains(m.status)) {
      throw ApiError.conflict(
          "Machine cannot be released in its current state ('" + m.status.displayName() + "').");
    }
    stages.stop(m);
    clearDeployment(m);
    s.emit(m, EventLevel.DEBUG, "User releasing node", nonNull(comment), user, clock.instant());
    if (erase) {
      m.status = DISK_ERASING;
      stages.enter(s, m, Stage.DISK_ERASING);
    } else if ("off".equals(m.powerState)) {
      stages.finishRelease(s, m);
    } else {
      m.status = RELEASING;
      stages.enter(s, m, Stage.RELEASING);
    }
    return true;
  }

  /** New, Failed commissioning, Ready or Broken → Commissioning (then Testing, then Ready). */
  void commission(LabState s, LabMachine m, String user, boolean skipTesting) {
    if (!COMMISSIONABLE.contains(m.status)) {
      throw ApiError.invalid(
          "__all__", "Commission is not available because of the current state of the node.");
    }
    m.previousStatus = m.status;
    m.status = MachineStatus.COMMISSIONING;
    m.owner = user;
    m.agentName = null;
    m.skipTesting = skipTesting;
    m.commissioningStatus = ScriptStatus.RUNNING;
    m.testingStatus = skipTesting ? ScriptStatus.NONE : ScriptStatus.PENDING;
    m.commissioningResultId = s.nextResultId();
    m.testingResultId = s.nextResultId();
    s.emit(m, EventLevel.DEBUG, "User starting node commissioning", "", user, clock.instant());
    stages.enter(s, m, Stage.COMMISSIONING);
  }

  static void clearDeployment(LabMachine m) {
    m.agentName = null;
    m.osystem = "";
    m.distroSeries = "";
    m.hweKernel = null;
    m.locked = false;
  }

  static String nonNull(String value) {
    return value == null ? "" : value;
  }

  /**
   * Who asked for an auto-allocating deploy, as {@code deploy}'s {@code agent_name}/{@code
   * comment}.
   */
  record DeployOrigin(String agentName, String comment) {}
}
