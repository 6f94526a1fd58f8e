package io.metalflow.juju;

/**
 * Where the Juju dashboard answers (the unit's address, port 8080) and the command that opens a
 * tunnel to it from an operator's workstation. No credentials.
 */
public record DashboardInfo(String address, int port, String tunnelHint) {

  public String url() {
    return "http://" + address + ":" + port;
  }
}
