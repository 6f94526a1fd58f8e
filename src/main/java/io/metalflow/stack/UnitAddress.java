package io.metalflow.stack;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Which unit addresses a tunnel may target: an IP address literal as Juju reports it (IPv4 dotted
 * quad or IPv6), never a host name the main host would resolve, a port, a path or user info that
 * could point the tunnel or Grafana's data source somewhere else.
 */
final class UnitAddress {

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}"
              + "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
  private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private UnitAddress() {}

  static boolean isIpLiteral(String address) {
    if (address == null) {
      return false;
    }
    if (IPV4.matcher(address).matches()) {
      return true;
    }
    return address.contains(":")
        && IPV6_CHARACTERS.matcher(address).matches()
        && HttpUrl.parse("http://[" + address + "]/") != null;
  }
}
