package io.metalflow.telemetry;

import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Names a MAAS request by its path template and {@code op}, e.g. {@code machines/{id}/?op=deploy}:
 * the part after {@code api/2.0/}, where MAAS paths alternate a collection name and an id (system
 * id, tag name, ...), so every second segment becomes {@code {id}}. Anything that does not look
 * like a collection or an op name is replaced, so no caller value can reach a tag.
 */
final class MaasOperations {

  static final String UNKNOWN = "unknown";

  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

  private MaasOperations() {}

  static String template(HttpUrl url) {
    List<String> segments = url.pathSegments().stream().filter(s -> !s.isEmpty()).toList();
    int root = apiRoot(segments);
    if (root < 0) {
      return UNKNOWN;
    }
    StringBuilder template = new StringBuilder();
    for (int i = root; i < segments.size(); i++) {
      boolean collection = (i - root) % 2 == 0;
      template.append(collection ? word(segments.get(i), "{other}") : "{id}").append('/');
    }
    String op = url.queryParameter("op");
    if (op != null) {
      template.append("?op=").append(word(op, "other"));
    }
    return template.toString();
  }

  /** The index of the first segment after {@code api/2.0}, or -1. */
  private static int apiRoot(List<String> segments) {
    for (int i = 0; i + 1 < segments.size(); i++) {
      if (segments.get(i).equals("api") && segments.get(i + 1).equals("2.0")) {
        return i + 2;
      }
    }
    return -1;
  }

  private static String word(String value, String otherwise) {
    return WORD.matcher(value).matches() ? value : otherwise;
  }
}
