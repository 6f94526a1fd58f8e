package io.metalflow.maas;

import java.util.List;

/** {@code GET version/}: e.g. version {@code 3.4.2}, subversion {@code ""}. */
public record MaasVersion(String version, String subversion, List<String> capabilities) {

  public MaasVersion {
    capabilities = List.copyOf(capabilities);
  }
}
