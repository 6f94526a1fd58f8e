package io.metalflow.process.delegate;

import io.metalflow.juju.ControllerInfo;

/**
 * The host part of a controller's first API endpoint ({@code 10.0.0.5:17070} to {@code 10.0.0.5}).
 */
final class ControllerAddress {

  private ControllerAddress() {}

  static String of(ControllerInfo info) {
    if (info.apiEndpoints().isEmpty()) {
      return null;
    }
    String endpoint = info.apiEndpoints().get(0);
    int colon = endpoint.lastIndexOf(':');
    String host = colon > 0 ? endpoint.substring(0, colon) : endpoint;
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
