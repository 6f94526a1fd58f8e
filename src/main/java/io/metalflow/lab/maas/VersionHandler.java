package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code GET version/} (anonymous): capabilities, version, subversion. */
final class VersionHandler implements ApiOperation {

  static final String VERSION = "3.6.1";

  private static final List<String> CAPABILITIES =
      List.of(
          "networks-management",
          "static-ipaddresses",
          "ipv6-deployment-ubuntu",
          "devices-management",
          "storage-deployment-ubuntu",
          "network-deployment-ubuntu",
          "bridging-interface-ubuntu",
          "bridging-automatic-ubuntu",
          "authenticate-api");

  @Override
  public ApiResponse handle(ApiCall call) {
    ObjectNode json = LabJson.object();
    CAPABILITIES.forEach(json.putArray("capabilities")::add);
    json.put("version", VERSION);
    json.put("subversion", "");
    return ApiResponse.json(json);
  }
}
