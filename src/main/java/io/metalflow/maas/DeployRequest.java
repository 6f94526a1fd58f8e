package io.metalflow.maas;

/**
 * Parameters of {@code POST machines/{id}/?op=deploy}. {@code userData} is the cloud-init blob,
 * already base64-encoded as MAAS expects; null fields are not sent.
 */
public record DeployRequest(
    String distroSeries, String userData, String agentName, String comment) {

  public static DeployRequest of(String distroSeries) {
    return new DeployRequest(distroSeries, null, null, null);
  }
}
