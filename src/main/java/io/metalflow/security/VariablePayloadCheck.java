package io.metalflow.security;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON request body for the engine and finds what the engine must not receive: malformed
 * JSON, Java-serialized or {@code Object} variables (whose deserialization would instantiate
 * classes the caller names), text variables longer than the engine can store, and {@code Json}
 * variables whose text the engine's JSON reader (Spin, on the same Jackson limits) would refuse. A
 * variable is any object with a {@code value}, or with a {@code type} and a {@code valueInfo},
 * wherever it sits (start, form submission, task completion, variable updates, message correlation,
 * query values). Pure and thread-safe.
 */
final class VariablePayloadCheck {

  static final String JAVA_SERIALIZATION = "application/x-java-serialized-object";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxTextLength;

  VariablePayloadCheck(int maxTextLength) {
    this.maxTextLength = maxTextLength;
  }

  /** The problem with {@code body}, as a sentence for the caller, or empty when it may pass. */
  Optional<String> problem(byte[] body) {
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (JacksonException e) {
      return Optional.of("malformed JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      return Optional.of("unreadable JSON body: " + e.getMessage());
    }
    return tree == null ? Optional.empty() : Optional.ofNullable(walk("", tree));
  }

  private String walk(String name, JsonNode node) {
    if (node.isObject()) {
      String problem = isVariable(node) ? variable(name, node) : null;
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (problem == null && fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        problem = walk(field.getKey(), field.getValue());
      }
      return problem;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        String problem = walk(name, item);
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }

  private static boolean isVariable(JsonNode node) {
    return node.has("value") || (node.has("type") && node.has("valueInfo"));
  }

  private String variable(String name, JsonNode variable) {
    String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
    String format = variable.path("valueInfo").path("serializationDataFormat").asText("");
    if (format.toLowerCase(Locale.ROOT).contains(JAVA_SERIALIZATION)) {
      return "variable '" + shown(name) + "': Java-serialized values are refused; send JSON";
    }
    if (type.equals("object")) {
      return "variable '"
          + shown(name)
          + "': type Object is refused; send a primitive type or Json";
    }
    JsonNode value = variable.path("value");
    if ((type.isEmpty() || type.equals("string"))
        && value.isTextual()
        && value.textValue().length() > maxTextLength) {
      return "variable '"
          + shown(name)
          + "': text of "
          + value.textValue().length()
          + " characters is longer than the "
          + maxTextLength
          + " the engine stores";
    }
    if (type.equals("json") && value.isTextual()) {
      return json(name, value.textValue());
    }
    return null;
  }

  /** The engine parses a Json variable's text again on every read: refuse what it cannot. */
  private static String json(String name, String text) {
    try {
      JSON.readTree(text);
      return null;
    } catch (JacksonException e) {
      return "variable '"
          + shown(name)
          + "': not valid JSON"
          + where(e.getLocation())
          + ": "
          + shown(String.valueOf(e.getOriginalMessage()));
    }
  }

  private static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** A caller's name, shortened and without control characters. */
  static String shown(String name) {
    String text = name.replaceAll("\\p{Cntrl}", "?");
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
