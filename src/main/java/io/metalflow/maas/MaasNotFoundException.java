package io.metalflow.maas;

/** HTTP 404. The machine, tag or user does not exist. */
public class MaasNotFoundException extends MaasException {

  public MaasNotFoundException(String operation, String body) {
    super(operation, 404, body);
  }
}
