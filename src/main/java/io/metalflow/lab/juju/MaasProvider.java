package io.metalflow.lab.juju;

import io.metalflow.maas.DeployRequest;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasConflictException;
import io.metalflow.maas.MaasException;
import io.metalflow.maas.MaasNotFoundException;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Juju's MAAS provider as the lab plays it (reference maas-api §8): allocate with the constraints'
 * tags and {@code agent_name} = model uuid, deploy with {@code distro_series} and a cloud-init
 * blob, poll {@code machines/?agent_name=…&id=…} until Deployed, release with Juju's comment (409
 * and 404 count as released).
 */
final class MaasProvider {

  static final String RELEASE_COMMENT = "Released by Juju MAAS provider";
  private static final Map<String, String> SERIES =
      Map.of("ubuntu@20.04", "focal", "ubuntu@22.04", "jammy", "ubuntu@24.04", "noble");
  private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");
  private static final String USER_DATA =
      Base64.getEncoder()
          .encodeToString(
              "#cloud-config\npackage_upgrade: false\n".getBytes(StandardCharsets.UTF_8));

  /** The node never reached Deployed: failed deployment or timeout. */
  static final class DeploymentFailed extends Exception {
    DeploymentFailed(String message) {
      super(message);
    }
  }

  /** Progress of a deploying node, for machine status. */
  interface Progress {
    void deploying(String message);
  }

  private final MaasClient maas;
  private final JujuTimings timings;

  MaasProvider(MaasClient maas, JujuTimings timings) {
    this.maas = maas;
    this.timings = timings;
  }

  static String series(String base) {
    return SERIES.getOrDefault(base, "jammy");
  }

  Machine allocate(Constraints constraints, String agentName) {
    return maas.allocate(constraints.toAllocateRequest(agentName));
  }

  /** Deploys an allocated node and waits until MAAS says Deployed. */
  Machine deployAndWait(
      String systemId, String base, String agentName, Duration timeout, Progress progress)
      throws InterruptedException, DeploymentFailed {
    Machine current = maas.machine(systemId);
    if (current.status() == MachineStatus.ALLOCATED || current.status() == MachineStatus.READY) {
      maas.deploy(systemId, new DeployRequest(series(base), USER_DATA, agentName, null));
    }
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Machine node = poll(systemId, agentName);
      switch (node.status()) {
        case DEPLOYED:
          return node;
        case DEPLOYING:
          progress.deploying("Deploying: " + text(node.statusMessage(), "Deploying"));
          break;
        case FAILED_DEPLOYMENT:
          throw new DeploymentFailed("Failed deployment: " + text(node.statusMessage(), ""));
        default:
          break;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new DeploymentFailed("instance \"" + systemId + "\" is started but not deployed");
      }
      Sleeper.sleep(timings.maasPoll());
    }
  }

  /** One status read; a retryable MAAS failure counts as "no news yet", as Juju's poller does. */
  private Machine poll(String systemId, String agentName) throws DeploymentFailed {
    List<Machine> found;
    try {
      found = maas.machines(MachineQuery.all().withSystemIds(systemId).withAgentName(agentName));
    } catch (MaasException e) {
      if (!e.isRetryable()) {
        throw e;
      }
      return maas.machine(systemId);
    }
    if (found.isEmpty()) {
      throw new DeploymentFailed("instance \"" + systemId + "\" not found");
    }
    return found.get(0);
  }

  /** Releases the node; already released or unknown nodes are fine, as for Juju. */
  void release(String systemId) {
    try {
      maas.release(systemId, RELEASE_COMMENT);
    } catch (MaasConflictException | MaasNotFoundException e) {
      // Juju treats these as "already released"
    }
  }

  /** Releases, swallowing any MAAS failure (teardown goes on; leftovers show in MAAS). */
  boolean releaseQuietly(String systemId) {
    try {
      release(systemId);
      return true;
    } catch (MaasException e) {
      return false;
    }
  }

  /** The node's loopback address, else the lab prefix + (10 + the hostname's number). */
  static String address(Machine node, String prefix) {
    for (String ip : node.ipAddresses()) {
      if (LoopbackForwarding.isLoopback(ip) && ip.startsWith("127.")) {
        return ip;
      }
    }
    Matcher number = TRAILING_NUMBER.matcher(node.hostname() == null ? "" : node.hostname());
    int n =
        number.find()
            ? Integer.parseInt(number.group(1))
            : Math.abs(node.systemId().hashCode() % 200);
    return prefix + (10 + n);
  }

  /** {@code arch=amd64 cores=4 mem=16384M tags=juju availability-zone=default}. */
  static String hardware(Machine node) {
    String arch = node.architecture() == null ? "amd64" : node.architecture().split("/")[0];
    StringBuilder text = new StringBuilder("arch=" + arch);
    text.append(" cores=")
        .append(node.cpuCount())
        .append(" mem=")
        .append(node.memoryMib())
        .append('M');
    if (!node.tags().isEmpty()) {
      text.append(" tags=").append(String.join(",", node.tags()));
    }
    text.append(" availability-zone=").append(node.zone() == null ? "default" : node.zone());
    return text.toString();
  }

  /** {@code arch=amd64 mem=4G cores=2}, as bootstrap prints the acquired node. */
  static String shortHardware(Machine node) {
    long mib = node.memoryMib();
    String mem = mib % 1024 == 0 ? (mib / 1024) + "G" : mib + "M";
    String arch = node.architecture() == null ? "amd64" : node.architecture().split("/")[0];
    return "arch=" + arch + " mem=" + mem + " cores=" + node.cpuCount();
  }

  private static String text(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
