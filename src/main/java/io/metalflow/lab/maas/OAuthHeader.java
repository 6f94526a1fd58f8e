package io.metalflow.lab.maas;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Parses an {@code Authorization: OAuth …} header the way piston's python-oauth does: split on
 * {@code ,}, ignore {@code realm}, strip quotes, URL-unquote values, any order. Quoted and unquoted
 * values, {@code %26} and a raw {@code &} all work.
 */
final class OAuthHeader {

  private OAuthHeader() {}

  /** The OAuth parameters, or empty when the header is absent or not an OAuth header. */
  static Optional<Map<String, String>> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    String value = header.strip();
    if (!value.regionMatches(true, 0, "OAuth", 0, 5)
        || (value.length() > 5 && !Character.isWhitespace(value.charAt(5)))) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (String item : value.substring(5).split(",")) {
      int eq = item.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = item.substring(0, eq).strip();
      if (!name.equalsIgnoreCase("realm")) {
        params.put(name, unquote(HeaderParams.unquote(item.substring(eq + 1).strip())));
      }
    }
    return Optional.of(params);
  }

  /** Python's {@code urllib.parse.unquote}: percent escapes only, {@code +} stays. */
  private static String unquote(String value) {
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
