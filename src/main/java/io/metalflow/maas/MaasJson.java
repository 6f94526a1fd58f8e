package io.metalflow.maas;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads MAAS's JSON answers into the records, taking only the fields Metalflow uses and ignoring
 * the rest (MAAS adds fields between versions). A body that is not the expected JSON gives a
 * non-retryable {@link MaasException} naming the operation.
 */
final class MaasJson {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private MaasJson() {}

  static <T> T read(String operation, String body, Function<JsonNode, T> mapping) {
    try {
      return mapping.apply(MAPPER.readTree(body));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new MaasException(
          operation,
          200,
          "",
          "MAAS " + operation + " answered 200 with unexpected JSON: " + e.getMessage(),
          e);
    }
  }

  static Machine machine(JsonNode n) {
    return new Machine(
        required(n, "system_id"),
        text(n, "hostname"),
        text(n, "fqdn"),
        MachineStatus.ofCode(requiredInt(n, "status")),
        text(n, "status_message"),
        text(n, "owner"),
        strings(n.get("tag_names")),
        strings(n.get("ip_addresses")),
        text(n, "power_state"),
        text(n, "architecture"),
        n.path("cpu_count").asInt(),
        n.path("memory").asLong(),
        text(n, "osystem"),
        text(n, "distro_series"),
        text(n.path("zone"), "name"),
        text(n.path("pool"), "name"));
  }

  static List<Machine> machines(JsonNode n) {
    return list(n, MaasJson::machine);
  }

  static Tag tag(JsonNode n) {
    return new Tag(
        required(n, "name"), text(n, "comment"), text(n, "definition"), text(n, "kernel_opts"));
  }

  static List<Tag> tags(JsonNode n) {
    return list(n, MaasJson::tag);
  }

  static TagUpdate tagUpdate(JsonNode n) {
    return new TagUpdate(requiredInt(n, "added"), requiredInt(n, "removed"));
  }

  static MaasVersion version(JsonNode n) {
    return new MaasVersion(
        required(n, "version"), text(n, "subversion"), strings(n.get("capabilities")));
  }

  static MaasUser user(JsonNode n) {
    return new MaasUser(
        required(n, "username"), text(n, "email"), n.path("is_superuser").asBoolean());
  }

  /** A 400 validation body {@code {"field": ["message", ...]}}; anything else gives no entries. */
  static Map<String, List<String>> fieldErrors(String body) {
    try {
      JsonNode root = MAPPER.readTree(body);
      Map<String, List<String>> errors = new LinkedHashMap<>();
      if (root != null && root.isObject()) {
        root.fields()
            .forEachRemaining(
                e ->
                    errors.put(
                        e.getKey(),
                        e.getValue().isArray()
                            ? strings(e.getValue())
                            : List.of(e.getValue().asText())));
      }
      return errors;
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  private static <T> List<T> list(JsonNode n, Function<JsonNode, T> element) {
    if (n == null || !n.isArray()) {
      throw new IllegalArgumentException("expected a JSON array");
    }
    List<T> result = new ArrayList<>();
    n.forEach(item -> result.add(element.apply(item)));
    return List.copyOf(result);
  }

  private static List<String> strings(JsonNode n) {
    List<String> result = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(item -> result.add(item.asText()));
    }
    return result;
  }

  private static String text(JsonNode n, String field) {
    JsonNode value = n == null ? null : n.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String required(JsonNode n, String field) {
    String value = text(n, field);
    if (value == null) {
      throw new IllegalArgumentException("missing \"" + field + "\"");
    }
    return value;
  }

  private static int requiredInt(JsonNode n, String field) {
    JsonNode value = n == null ? null : n.get(field);
    if (value == null || !value.canConvertToInt()) {
      throw new IllegalArgumentException("missing or non-integer \"" + field + "\"");
    }
    return value.asInt();
  }
}
