package io.metalflow.process.delegate;

import io.metalflow.juju.Endpoint;

/** One entry of the {@code relations} variable: two {@code application:endpoint} ends. */
record RelationInput(String first, String second) {

  Endpoint firstEndpoint() {
    return endpoint(first);
  }

  Endpoint secondEndpoint() {
    return endpoint(second);
  }

  static Endpoint endpoint(String text) {
    int colon = text.indexOf(':');
    return new Endpoint(text.substring(0, colon), text.substring(colon + 1));
  }
}
