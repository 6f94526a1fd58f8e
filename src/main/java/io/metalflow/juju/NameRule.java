package io.metalflow.juju;

import java.util.regex.Pattern;

/**
 * One naming rule: a full-match pattern, a length bound and the sentence that explains it to a
 * person. Refusals name the field, show the offending value in a safe printable form and state the
 * rule.
 */
record NameRule(Pattern pattern, int maxLength, String rule) {

  private static final int SHOWN_CHARACTERS = 40;

  static NameRule of(String regex, int maxLength, String rule) {
    return new NameRule(Pattern.compile(regex), maxLength, rule);
  }

  /**
   * Returns {@code value} when it follows the rule, else throws {@link InvalidJujuNameException}.
   */
  String check(String field, String value) {
    if (value == null || value.isEmpty()) {
      throw new InvalidJujuNameException(field + " is missing: " + rule);
    }
    if (value.length() > maxLength) {
      throw new InvalidJujuNameException(
          "invalid " + field + " (" + value.length() + " characters): " + rule);
    }
    if (!pattern.matcher(value).matches()) {
      throw refused(field, value, rule);
    }
    return value;
  }

  static InvalidJujuNameException refused(String field, String value, String rule) {
    return new InvalidJujuNameException("invalid " + field + " " + shown(value) + ": " + rule);
  }

  /** The value quoted, cut to a few characters, with anything outside printable ASCII escaped. */
  static String shown(String value) {
    StringBuilder out = new StringBuilder("\"");
    int end = Math.min(value.length(), SHOWN_CHARACTERS);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append(value.length() > end ? "\"…" : "\"").toString();
  }
}
