package io.metalflow.lab.juju;

/**
 * A relation between two endpoints ({@code application:endpoint}); the requirer is first, as in
 * Juju's relation key.
 */
public record LabRelation(
    String controller,
    String model,
    int id,
    String requirer,
    String provider,
    String interfaceName) {

  String key() {
    return new ModelRef(controller, model).key() + "~" + requirer + " " + provider;
  }

  /** {@code requirer provider}, e.g. {@code grafana:grafana-source prometheus:grafana-source}. */
  public String describe() {
    return requirer + " " + provider;
  }

  boolean involves(String application) {
    return application(requirer).equals(application) || application(provider).equals(application);
  }

  static String application(String endpoint) {
    return endpoint.substring(0, endpoint.indexOf(':'));
  }

  static String endpointName(String endpoint) {
    return endpoint.substring(endpoint.indexOf(':') + 1);
  }
}
