package io.metalflow.maas;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.logging.HttpLoggingInterceptor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code metalflow.maas.*}: where MAAS is and how to talk to it.
 *
 * <p>{@code url} is the MAAS root such as {@code http://127.0.0.1:5240/MAAS}. The key is {@code
 * api-key} (env {@code METALFLOW_MAAS_API_KEY}) or else the file {@code api-key-file}; {@link
 * #toString()} never shows the key. A plain {@code http://} URL is refused for a non-loopback host
 * unless {@code allow-insecure-http} is true. Unset values take the defaults below.
 *
 * @param maxRetries how often one call is retried on 503, 409 with Retry-After, or I/O on GET
 * @param maxRetryWait cap on a Retry-After wait
 * @param retryBackoff wait before a retry when MAAS gives no Retry-After
 * @param logLevel HTTP log detail: NONE, BASIC (default) or HEADERS; the Authorization header is
 *     always redacted and bodies are never logged
 */
@ConfigurationProperties("metalflow.maas")
@Validated
public record MaasProperties(
    @NotNull URI url,
    String apiKey,
    Path apiKeyFile,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    @PositiveOrZero Integer maxRetries,
    Duration maxRetryWait,
    Duration retryBackoff,
    boolean allowInsecureHttp,
    HttpLoggingInterceptor.Level logLevel) {

  public MaasProperties {
    connectTimeout = positive("connect-timeout", connectTimeout, Duration.ofSeconds(5));
    readTimeout = positive("read-timeout", readTimeout, Duration.ofSeconds(30));
    callTimeout = positive("call-timeout", callTimeout, Duration.ofMinutes(2));
    maxRetries = maxRetries == null ? 4 : maxRetries;
    maxRetryWait = positive("max-retry-wait", maxRetryWait, Duration.ofSeconds(10));
    retryBackoff = positive("retry-backoff", retryBackoff, Duration.ofSeconds(1));
    logLevel = logLevel == null ? HttpLoggingInterceptor.Level.BASIC : logLevel;
    if (logLevel == HttpLoggingInterceptor.Level.BODY) {
      throw new IllegalArgumentException(
          "metalflow.maas.log-level BODY would log request bodies such as cloud-init user_data;"
              + " use NONE, BASIC or HEADERS");
    }
  }

  /** Properties for {@code url} with the key from {@code apiKeyFile} and every default. */
  public static MaasProperties of(URI url, Path apiKeyFile) {
    return new MaasProperties(
        url, null, apiKeyFile, null, null, null, null, null, null, false, null);
  }

  private static Duration positive(String name, Duration value, Duration fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "metalflow.maas." + name + " must be positive, was " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return "MaasProperties[url="
        + url
        + ", apiKey="
        + (apiKey == null || apiKey.isBlank() ? "(unset)" : "****")
        + ", apiKeyFile="
        + apiKeyFile
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", callTimeout="
        + callTimeout
        + ", maxRetries="
        + maxRetries
        + ", maxRetryWait="
        + maxRetryWait
        + ", retryBackoff="
        + retryBackoff
        + ", allowInsecureHttp="
        + allowInsecureHttp
        + ", logLevel="
        + logLevel
        + "]";
  }
}
