package io.metalflow.maas;

import java.time.Duration;
import java.util.Optional;

/** HTTP 503 (or 409 with Retry-After): MAAS is busy or a rack controller is away. Retryable. */
public class MaasUnavailableException extends MaasException {

  private final Duration retryAfter;

  public MaasUnavailableException(String operation, int status, String body, Duration retryAfter) {
    super(operation, status, body);
    this.retryAfter = retryAfter;
  }

  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
