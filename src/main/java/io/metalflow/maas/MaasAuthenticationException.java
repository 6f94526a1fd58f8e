package io.metalflow.maas;

/** HTTP 401. MAAS refused the credentials (wrong, revoked or malformed API key). */
public class MaasAuthenticationException extends MaasException {

  public MaasAuthenticationException(String operation, String body) {
    super(operation, 401, body);
  }
}
