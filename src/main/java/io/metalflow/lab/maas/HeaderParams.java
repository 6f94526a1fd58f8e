package io.metalflow.lab.maas;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parameters of a header value such as {@code form-data; name="op"} or {@code multipart/form-data;
 * boundary="===x=="}: lower-case names, unquoted values. The part before the first {@code ;} is
 * returned under the key {@code ""}.
 */
final class HeaderParams {

  private HeaderParams() {}

  static Map<String, String> parse(String headerValue) {
    Map<String, String> result = new LinkedHashMap<>();
    if (headerValue == null) {
      return result;
    }
    int start = 0;
    boolean first = true;
    boolean quoted = false;
    for (int i = 0; i <= headerValue.length(); i++) {
      char c = i < headerValue.length() ? headerValue.charAt(i) : ';';
      if (c == '"' && (i == 0 || headerValue.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (c == ';' && !quoted) {
        put(result, headerValue.substring(start, i).strip(), first);
        first = false;
        start = i + 1;
      }
    }
    return result;
  }

  private static void put(Map<String, String> result, String item, boolean first) {
    if (first) {
      result.put("", item.toLowerCase(Locale.ROOT));
      return;
    }
    int eq = item.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = item.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    result.put(name, unquote(item.substring(eq + 1).strip()));
  }

  static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return value;
  }
}
