package io.metalflow.maas;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Maps a MAAS error answer to the typed {@link MaasException}; the one place that does it. */
final class MaasErrors {

  /** Longer bodies (HTML error pages) are cut to keep messages and logs readable. */
  static final int MAX_BODY_CHARS = 2000;

  private MaasErrors() {}

  /**
   * The exception for a non-2xx answer. {@code body} is MAAS's text, already redacted; {@code
   * operation} reads like {@code POST machines/?op=allocate}.
   */
  static MaasException toException(
      String operation, int status, String contentType, String retryAfter, String body) {
    String text = truncate(body);
    Duration wait = retryAfter(retryAfter).orElse(null);
    return switch (status) {
      case 400 -> new MaasBadRequestException(operation, text, fieldErrors(contentType, body));
      case 401 -> new MaasAuthenticationException(operation, text);
      case 403 -> new MaasPermissionException(operation, text);
      case 404 -> new MaasNotFoundException(operation, text);
      case 409 ->
          wait == null
              ? new MaasConflictException(operation, text)
              : new MaasUnavailableException(operation, 409, text, wait);
      case 503 -> new MaasUnavailableException(operation, 503, text, wait);
      default ->
          status >= 500
              ? new MaasServerException(operation, status, text)
              : new MaasException(operation, status, text);
    };
  }

  /** A numeric {@code Retry-After} in seconds; dates and junk count as absent. */
  static Optional<Duration> retryAfter(String header) {
    if (header == null || !header.strip().matches("[0-9]{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
  }

  private static Map<String, List<String>> fieldErrors(String contentType, String body) {
    boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    return json ? MaasJson.fieldErrors(body) : Map.of();
  }

  private static String truncate(String body) {
    if (body == null || body.length() <= MAX_BODY_CHARS) {
      return body;
    }
    return body.substring(0, MAX_BODY_CHARS) + "... (" + body.length() + " chars)";
  }
}
