package io.metalflow.lab.juju;

/**
 * A credential in the client store ({@code juju add-credential --client}). {@link #toString()}
 * never shows the MAAS key.
 */
public record LabCredential(String cloud, String name, String authType, String maasOauth) {

  String key() {
    return cloud + "/" + name;
  }

  @Override
  public String toString() {
    return "LabCredential[cloud=" + cloud + ", name=" + name + ", authType=" + authType + "]";
  }
}
