package io.metalflow.process.delegate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Typed access to process variables. Json variables are Spin {@code Json} values; a starter may
 * also hand a JSON string, a Java list or map, which read the same.
 */
final class Vars {

  static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Vars() {}

  /** A required text variable; a Json string node reads as its text. */
  static String string(VariableScope scope, String name) {
    String value = optionalString(scope, name);
    if (value == null) {
      throw new IllegalStateException("process variable '" + name + "' is missing or empty");
    }
    return value;
  }

  /** A text variable, or null when absent or blank. */
  static String optionalString(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value instanceof SpinJsonNode node) {
      value = node.isString() ? node.stringValue() : node.toString();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    return value.toString().strip();
  }

  static boolean bool(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(value));
  }

  static int integer(VariableScope scope, String name, int fallback) {
    Object value = scope.getVariable(name);
    return value instanceof Number n ? n.intValue() : fallback;
  }

  /** A Json variable read as {@code type}; absent gives null. */
  static <T> T json(VariableScope scope, String name, TypeReference<T> type) {
    return read(scope.getVariable(name), type);
  }

  static <T> T read(Object value, TypeReference<T> type) {
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof SpinJsonNode || value instanceof String) {
        return MAPPER.readValue(value.toString(), type);
      }
      return MAPPER.convertValue(value, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not the JSON expected: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not the JSON expected: " + e.getMessage(), e);
    }
  }

  /** Stores a list, map or record as a Spin Json variable (readable in Cockpit and forms). */
  static void setJson(VariableScope scope, String name, Object value) {
    scope.setVariable(name, toJson(value));
  }

  static SpinJsonNode toJson(Object value) {
    try {
      return Spin.JSON(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON", e);
    }
  }
}
