package io.metalflow.maas;

/** HTTP 5xx other than 503 (500, 504): MAAS failed internally. Retryable. */
public class MaasServerException extends MaasException {

  public MaasServerException(String operation, int status, String body) {
    super(operation, status, body);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
