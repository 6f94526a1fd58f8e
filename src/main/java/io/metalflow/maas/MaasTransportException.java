package io.metalflow.maas;

import java.io.IOException;

/** No HTTP answer: connection refused, reset, timed out. Retryable. */
public class MaasTransportException extends MaasException {

  public MaasTransportException(String operation, IOException cause) {
    super(
        operation,
        0,
        "",
        "MAAS "
            + operation
            + " failed: "
            + cause.getClass().getSimpleName()
            + ": "
            + cause.getMessage(),
        cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
