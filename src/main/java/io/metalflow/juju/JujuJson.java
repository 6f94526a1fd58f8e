package io.metalflow.juju;

import static io.metalflow.juju.StatusJson.strings;
import static io.metalflow.juju.StatusJson.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the small JSON documents juju prints: {@code clouds}, {@code credentials}, {@code
 * controllers}, {@code show-controller}, {@code models} and {@code run} (action results). Walks
 * trees, so unknown keys are ignored and missing optional ones are tolerated.
 */
final class JujuJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JujuJson() {}

  /** Parses juju's stdout; unreadable output is a {@link JujuException} naming the command. */
  static JsonNode tree(String json, String command) {
    try {
      JsonNode node = MAPPER.readTree(json == null ? "" : json);
      if (node == null || node.isMissingNode()) {
        throw new JujuException("juju " + command + " printed no JSON");
      }
      return node;
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the offending token, which may be a secret: keep only the place.
      throw new JujuException(
          "juju "
              + command
              + " printed JSON that could not be read (line "
              + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
              + ")");
    }
  }

  /** {@code clouds --client --format=json}: the entry for {@code cloud}, if registered. */
  static Optional<JsonNode> cloud(JsonNode clouds, String cloud) {
    return Optional.ofNullable(clouds.get(cloud)).filter(JsonNode::isObject);
  }

  /** {@code credentials --client --format=json}: is {@code credential} stored for the cloud? */
  static boolean hasCredential(JsonNode credentials, String cloud, String credential) {
    return credentials
        .path("client-credentials")
        .path(cloud)
        .path("cloud-credentials")
        .has(credential);
  }

  /** {@code models --format=json}: does a model with this short (or qualified) name exist? */
  static boolean hasModel(JsonNode models, String model) {
    for (JsonNode entry : models.path("models")) {
      String shortName = text(entry, "short-name");
      String name = text(entry, "name");
      if (model.equals(shortName)
          || model.equals(name)
          || (name != null && name.endsWith("/" + model))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code controllers --format=json}: the names the client knows ({@code controllers} may be
   * null).
   */
  static Set<String> controllerNames(JsonNode controllers) {
    Set<String> names = new TreeSet<>();
    controllers.path("controllers").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** {@code show-controller NAME --format=json}. */
  static Optional<ControllerInfo> controller(JsonNode root, String name) {
    JsonNode node = root.get(name);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    JsonNode details = node.path("details");
    List<String> instanceIds = new ArrayList<>();
    new TreeMap<String, JsonNode>(fields(node.path("controller-machines")))
        .values()
        .forEach(machine -> instanceIds.add(String.valueOf(text(machine, "instance-id"))));
    List<String> models = new ArrayList<>(new TreeSet<>(fields(node.path("models")).keySet()));
    return Optional.of(
        new ControllerInfo(
            name,
            text(details, "uuid"),
            text(details, "cloud"),
            text(details, "agent-version"),
            strings(details.path("api-endpoints")),
            instanceIds,
            models));
  }

  /**
   * {@code run UNIT ACTION --format=json}: {@code {"unit": {"id", "results", "status", "unit"}}}.
   * Nested results are flattened with dotted keys ({@code {"a": {"b": 1}}} is {@code a.b=1}).
   */
  static ActionResult actionResult(JsonNode root, String unit) {
    JsonNode node = root.get(unit);
    if (node == null && root.size() == 1) {
      node = root.elements().next();
    }
    if (node == null || !node.isObject()) {
      throw new JujuException("juju run printed no result for unit " + unit);
    }
    Map<String, String> results = new TreeMap<>();
    flatten("", node.path("results"), results);
    return new ActionResult(unit, text(node, "status"), results);
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    node.fields()
        .forEachRemaining(
            e -> {
              String key = prefix + e.getKey();
              if (e.getValue().isObject()) {
                flatten(key + ".", e.getValue(), out);
              } else if (!e.getValue().isNull()) {
                out.put(
                    key,
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
              }
            });
  }

  private static Map<String, JsonNode> fields(JsonNode node) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
