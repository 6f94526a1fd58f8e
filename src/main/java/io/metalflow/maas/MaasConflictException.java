package io.metalflow.maas;

/**
 * HTTP 409. The machine's state does not allow the operation, or no machine matches an allocation.
 * The body keeps MAAS's message.
 */
public class MaasConflictException extends MaasException {

  public MaasConflictException(String operation, String body) {
    super(operation, 409, body);
  }
}
