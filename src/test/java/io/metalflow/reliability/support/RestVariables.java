package io.metalflow.reliability.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metalflow.reliability.support.EngineRest.Json;
import java.util.Map;

/**
 * Java values as Camunda REST variables ({@code {"name": {"value": …, "type": …}}}): String,
 * Boolean, Integer, null, and {@link Json} for Spin JSON values.
 */
final class RestVariables {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RestVariables() {}

  static ObjectNode of(Map<String, Object> variables) {
    ObjectNode all = JSON.createObjectNode();
    variables.forEach((name, value) -> all.set(name, variable(value)));
    return all;
  }

  private static ObjectNode variable(Object value) {
    ObjectNode v = JSON.createObjectNode();
    if (value instanceof Json json) {
      v.put("value", json.text()).put("type", "Json");
    } else if (value instanceof Boolean b) {
      v.put("value", b).put("type", "Boolean");
    } else if (value instanceof Integer i) {
      v.put("value", i).put("type", "Integer");
    } else if (value == null) {
      v.putNull("value").put("type", "Null");
    } else {
      v.put("value", value.toString()).put("type", "String");
    }
    return v;
  }
}
