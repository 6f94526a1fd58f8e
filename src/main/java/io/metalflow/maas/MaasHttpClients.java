package io.metalflow.maas;

import java.time.Clock;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one immutable {@link OkHttpClient} for MAAS: explicit connect/read/call timeouts, no
 * redirects (MAAS paths are exact; a redirect means a wrong URL), and the interceptors in this
 * order: retry of transient faults, OAuth signing (so each attempt is signed afresh), then HTTP
 * logging through SLF4J logger {@code io.metalflow.maas.http} with the Authorization header
 * redacted.
 */
final class MaasHttpClients {

  private static final Logger HTTP_LOG = LoggerFactory.getLogger("io.metalflow.maas.http");

  private MaasHttpClients() {}

  static OkHttpClient create(MaasProperties properties, MaasApiKeySource keys) {
    return create(
        properties,
        keys,
        Clock.systemUTC(),
        MaasOAuth1Interceptor.randomNonces(),
        MaasRetryInterceptor.THREAD_SLEEP);
  }

  static OkHttpClient create(
      MaasProperties properties,
      MaasApiKeySource keys,
      Clock clock,
      Supplier<String> nonces,
      MaasRetryInterceptor.Sleeper sleeper) {
    return new OkHttpClient.Builder()
        .connectTimeout(properties.connectTimeout())
        .readTimeout(properties.readTimeout())
        .writeTimeout(properties.readTimeout())
        .callTimeout(properties.callTimeout())
        .followRedirects(false)
        .addInterceptor(retry(properties, sleeper))
        .addInterceptor(new MaasOAuth1Interceptor(keys, clock, nonces))
        .addInterceptor(logging(properties.logLevel()))
        .build();
  }

  private static MaasRetryInterceptor retry(
      MaasProperties properties, MaasRetryInterceptor.Sleeper sleeper) {
    return new MaasRetryInterceptor(
        properties.maxRetries(), properties.maxRetryWait(), properties.retryBackoff(), sleeper);
  }

  private static HttpLoggingInterceptor logging(HttpLoggingInterceptor.Level level) {
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(HTTP_LOG::info);
    logging.setLevel(level);
    logging.redactHeader("Authorization");
    return logging;
  }
}
