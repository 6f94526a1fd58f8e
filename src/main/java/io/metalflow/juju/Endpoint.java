package io.metalflow.juju;

/** One end of a relation: {@code application:endpoint}. */
public record Endpoint(String application, String endpoint) {

  @Override
  public String toString() {
    return application + ":" + endpoint;
  }
}
