package io.metalflow.overview;

import io.metalflow.juju.JujuStatus;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /lab/api/overview} answers: MAAS machines, Juju models and running process
 * instances at {@code generatedAt}. A section that could not be read carries an {@code error} text
 * (exception class and message) instead of failing the whole answer. Holds no secrets: machine and
 * status records carry names, states and addresses only.
 */
public record Overview(
    Instant generatedAt, MaasView maas, List<JujuModelView> juju, ProcessesView processes) {

  public Overview {
    juju = List.copyOf(juju);
  }

  /** MAAS machines, or the error that prevented listing them. */
  public record MaasView(List<MachineView> machines, String error) {
    public MaasView {
      machines = List.copyOf(machines);
    }
  }

  /** One MAAS machine as the page shows it. */
  public record MachineView(
      String hostname,
      String systemId,
      String status,
      String statusMessage,
      String owner,
      List<String> tags,
      List<String> addresses,
      String powerState,
      String zone) {}

  /**
   * {@code juju status} of one model, named by the process instances in {@code namedBy}; {@code
   * status} is null and {@code error} set when juju could not be asked.
   */
  public record JujuModelView(
      String controller, String model, List<String> namedBy, JujuStatus status, String error) {}

  /**
   * Running process instances (at most {@code limit}), or the error that prevented reading them.
   */
  public record ProcessesView(List<ProcessView> running, int limit, String error) {
    public ProcessesView {
      running = List.copyOf(running);
    }
  }

  /** One running process instance with where it waits and its open incidents. */
  public record ProcessView(
      String id,
      String key,
      String businessKey,
      String rootId,
      boolean suspended,
      List<String> activities,
      List<IncidentView> incidents,
      String cockpitUrl) {}

  /** An open incident: type, the activity where it happened, the failure message. */
  public record IncidentView(String type, String activityId, String message, Instant time) {}
}
