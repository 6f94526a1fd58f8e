package io.metalflow.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.http.Outcome;
import java.io.IOException;
import java.time.Duration;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp interceptor that times every MAAS HTTP attempt (until the response headers arrive) as
 * {@value #NAME}, tagged {@code method}, {@code operation} (see {@link MaasOperations}), {@code
 * status} (the HTTP code, or {@code IO_ERROR}), {@code outcome} (SUCCESS, CLIENT_ERROR,
 * SERVER_ERROR, ... or UNKNOWN) and {@code exception} ({@code none} or the exception's simple
 * name). Added after the retry interceptor, it sees each retried attempt. The request and response
 * pass through unchanged; failures are rethrown.
 */
public final class MaasRequestMetrics implements Interceptor {

  /** The timer's name; Prometheus shows {@code metalflow_maas_requests_seconds_*}. */
  public static final String NAME = "metalflow.maas.requests";

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(10),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30)
  };

  private final MeterRegistry registry;

  public MaasRequestMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Timer.Sample sample = Timer.start(registry);
    try {
      Response response = chain.proceed(request);
      int code = response.code();
      sample.stop(timer(request, String.valueOf(code), Outcome.forStatus(code).name(), "none"));
      return response;
    } catch (IOException | RuntimeException e) {
      sample.stop(timer(request, "IO_ERROR", Outcome.UNKNOWN.name(), e.getClass().getSimpleName()));
      throw e;
    }
  }

  private Timer timer(Request request, String status, String outcome, String exception) {
    return Timer.builder(NAME)
        .description("MAAS API requests (each attempt), until the response headers arrive")
        .tags(
            Tags.of(
                "method", request.method(),
                "operation", MaasOperations.template(request.url()),
                "status", status,
                "outcome", outcome,
                "exception", exception))
        .serviceLevelObjectives(BUCKETS)
        .register(registry);
  }
}
