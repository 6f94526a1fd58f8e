package io.metalflow.process.delegate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The JSON types inside the {@code applications} and {@code relations} lists, checked before {@link
 * StackInput}'s lenient typed read would turn {@code 42} or {@code true} into text: the named text
 * fields are text, {@code units} is a whole number, {@code config} is a flat map of plain values.
 * Missing and null fields are left to {@link StackInput}.
 */
final class StackInputShapes {

  private final List<String> problems = new ArrayList<>();

  private StackInputShapes() {}

  /** The type problems of the list {@code value}; empty when it is not a readable list. */
  static List<String> problems(String key, Object value, List<String> textFields) {
    JsonNode tree;
    try {
      tree = value == null ? null : Vars.read(value, new TypeReference<JsonNode>() {});
    } catch (IllegalArgumentException e) {
      return List.of(); // StackInput names the unreadable list
    }
    StackInputShapes shapes = new StackInputShapes();
    for (int i = 0; tree != null && tree.isArray() && i < tree.size(); i++) {
      shapes.entry(key + "[" + i + "]", tree.get(i), textFields);
    }
    return shapes.problems;
  }

  private void entry(String at, JsonNode item, List<String> textFields) {
    textFields.forEach(field -> shape(at + "." + field, item.path(field), JsonNode::isTextual));
    shape(at + ".units", item.path("units"), n -> n.isIntegralNumber() && n.canConvertToInt());
    shape(at + ".config", item.path("config"), JsonNode::isObject);
    item.path("config")
        .fields()
        .forEachRemaining(e -> shape(at + ".config", e.getValue(), JsonNode::isValueNode));
  }

  private void shape(String at, JsonNode node, Predicate<JsonNode> fits) {
    if (!node.isMissingNode() && !node.isNull() && !fits.test(node)) {
      problems.add(at + ": wrong type " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
  }
}
