package io.metalflow.hostile;

import io.metalflow.security.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One start request with one hostile input: the REST variables and the name the refusal must
 * mention ({@code modelName}, {@code applications[0]}, ...).
 */
record HostileStart(String target, Map<String, Object> variables, String shown) {

  /** A top-level variable of the start request. */
  static HostileStart variable(String name, Object value) {
    return new HostileStart(name, Map.of(name, typed(value)), describe(name, value));
  }

  /** One field of the only entry of {@code applications}; the other fields are valid. */
  static HostileStart applicationField(String field, Object value) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", "grafana");
    entry.put("charm", "grafana");
    entry.put(field, value);
    return json("applications", entry, describe("applications[0]." + field, value));
  }

  /** A config entry of the only application. */
  static HostileStart config(String key, Object value) {
    Map<String, Object> config = new LinkedHashMap<>();
    config.put(key, value);
    return applicationField("config", config);
  }

  /** The first endpoint of the only relation. */
  static HostileStart relation(Object first) {
    Map<String, Object> relation = new LinkedHashMap<>();
    relation.put("first", first);
    relation.put("second", "grafana:grafana-source");
    return json("relations", relation, describe("relations[0].first", first));
  }

  private static HostileStart json(String name, Map<String, Object> entry, String shown) {
    Map<String, Object> variable = Map.of("value", Json.write(List.of(entry)), "type", "Json");
    return new HostileStart(name + "[0]", Map.of(name, variable), shown);
  }

  static Map<String, Object> typed(Object value) {
    Map<String, Object> typed = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      typed.put("value", Json.write(value));
      typed.put("type", "Json");
      return typed;
    }
    typed.put("value", value);
    typed.put("type", typeName(value));
    return typed;
  }

  private static String typeName(Object value) {
    if (value instanceof Integer) {
      return "Integer";
    }
    if (value instanceof Long) {
      return "Long";
    }
    if (value instanceof Double) {
      return "Double";
    }
    return value instanceof Boolean ? "Boolean" : "String";
  }

  private static String describe(String target, Object value) {
    String text = String.valueOf(value);
    String shown = text.length() > 60 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    return target + " = " + shown.replaceAll("\\p{Cntrl}", "?");
  }

  @Override
  public String toString() {
    return shown;
  }
}
