package io.metalflow.maas;

/** HTTP 403. The key is valid but MAAS does not allow this operation to its user. */
public class MaasPermissionException extends MaasException {

  public MaasPermissionException(String operation, String body) {
    super(operation, 403, body);
  }
}
