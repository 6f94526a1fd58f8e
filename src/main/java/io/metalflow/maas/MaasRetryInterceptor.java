package io.metalflow.maas;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries transient MAAS faults inside one call, like gomaasapi: a 503, or a 409 carrying a numeric
 * {@code Retry-After} (MAAS's "retry me" answer after its database retries), is retried after the
 * Retry-After (capped) or a short backoff when there is none; an {@link IOException} is retried on
 * GET only. At most {@code maxRetries} retries; then the last answer (or exception) goes to the
 * caller, which maps it to a retryable {@link MaasException}. Placed before the OAuth interceptor
 * so every attempt is signed afresh.
 */
final class MaasRetryInterceptor implements Interceptor {

  /** How the interceptor waits; a test passes one that records instead of sleeping. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  static final Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

  private static final Logger LOG = LoggerFactory.getLogger(MaasRetryInterceptor.class);

  private final int maxRetries;
  private final Duration maxWait;
  private final Duration backoff;
  private final Sleeper sleeper;

  MaasRetryInterceptor(int maxRetries, Duration maxWait, Duration backoff, Sleeper sleeper) {
    this.maxRetries = maxRetries;
    this.maxWait = maxWait;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt > maxRetries || chain.call().isCanceled();
      Response response;
      try {
        response = chain.proceed(request);
      } catch (IOException e) {
        if (last || !"GET".equals(request.method())) {
          throw e;
        }
        pause(request, attempt, backoff, e.getClass().getSimpleName());
        continue;
      }
      Optional<Duration> wait = waitBeforeRetry(response);
      if (last || wait.isEmpty()) {
        return response;
      }
      response.close();
      pause(request, attempt, wait.get(), "HTTP " + response.code());
    }
  }

  private Optional<Duration> waitBeforeRetry(Response response) {
    Optional<Duration> retryAfter = MaasErrors.retryAfter(response.header("Retry-After"));
    if (response.code() == 503) {
      return Optional.of(retryAfter.map(this::capped).orElse(backoff));
    }
    if (response.code() == 409) {
      return retryAfter.map(this::capped);
    }
    return Optional.empty();
  }

  private Duration capped(Duration retryAfter) {
    return retryAfter.compareTo(maxWait) > 0 ? maxWait : retryAfter;
  }

  private void pause(Request request, int retry, Duration wait, String reason)
      throws InterruptedIOException {
    LOG.warn(
        "MAAS {} {} failed with {}; retry {}/{} in {} ms",
        request.method(),
        request.url().encodedPath(),
        reason,
        retry,
        maxRetries,
        wait.toMillis());
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry MAAS");
    }
  }
}
