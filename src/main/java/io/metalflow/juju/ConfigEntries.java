package io.metalflow.juju;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Configuration given as {@code --config key=value}: keys are option names, values are free text
 * without control characters or line breaks, bounded in length, and never starting with {@code @}
 * (juju would read a file of that name on the main host). Values may be secrets (e.g. an admin
 * password), so refusals never show them.
 */
public final class ConfigEntries {

  private static final NameRule KEY =
      NameRule.of(
          "[A-Za-z][A-Za-z0-9_.-]{0,63}",
          64,
          "use up to 64 letters, digits, '_', '.' and '-', starting with a letter");
  private static final int MAX_VALUE_LENGTH = 4096;

  private ConfigEntries() {}

  public static String key(String key) {
    return KEY.check("config key", key);
  }

  public static String value(String key, String value) {
    String field = "value for config key " + NameRule.shown(String.valueOf(key));
    if (value == null) {
      throw new InvalidJujuNameException(field + " is missing");
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      throw new InvalidJujuNameException(
          "invalid " + field + ": at most " + MAX_VALUE_LENGTH + " characters");
    }
    if (value.startsWith("@")) {
      throw new InvalidJujuNameException(
          "invalid " + field + ": must not start with '@' (juju would read a file)");
    }
    if (value.chars().anyMatch(ConfigEntries::isControl)) {
      throw new InvalidJujuNameException(
          "invalid " + field + ": control characters and line breaks are not allowed");
    }
    return value;
  }

  /** {@code key=value} arguments sorted by key, each checked. */
  static List<String> pairs(Map<String, String> config) {
    List<String> pairs = new ArrayList<>();
    new TreeMap<>(config).forEach((k, v) -> pairs.add(key(k) + "=" + value(k, v)));
    return pairs;
  }

  private static boolean isControl(int c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
  }
}
