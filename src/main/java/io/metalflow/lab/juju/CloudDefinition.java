package io.metalflow.lab.juju;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one cloud out of a clouds YAML file ({@code clouds: NAME: {type, auth-types, endpoint,
 * regions}}) and validates it as Juju does for the MAAS provider, the only one the lab has.
 */
final class CloudDefinition {

  static final Set<String> PUBLIC_CLOUDS =
      Set.of("aws", "aws-china", "aws-gov", "azure", "azure-china", "google", "oracle", "equinix");
  static final Set<String> BUILT_IN_CLOUDS = Set.of("localhost");

  private CloudDefinition() {}

  static LabCloud read(JsonNode file, String name, String fileName) throws JujuError {
    JsonNode cloud = file.path("clouds").path(name);
    if (!cloud.isObject()) {
      throw new JujuError("cloud \"" + name + "\" not found in file \"" + fileName + "\"");
    }
    String type = cloud.path("type").asText("");
    if (type.isEmpty()) {
      throw new JujuError("cloud \"" + name + "\" in file \"" + fileName + "\" has no type");
    }
    if (!type.equals("maas")) {
      throw new JujuError("cloud type \"" + type + "\" not supported by the lab: only maas");
    }
    List<String> authTypes = authTypes(cloud, name);
    String endpoint = endpoint(cloud, name);
    String description = cloud.path("description").asText("Metal As A Service");
    return new LabCloud(name, type, description, authTypes, endpoint, regions(cloud));
  }

  private static List<String> authTypes(JsonNode cloud, String name) throws JujuError {
    List<String> types = new ArrayList<>();
    JsonNode given = cloud.path("auth-types");
    if (given.isArray()) {
      given.forEach(t -> types.add(t.asText()));
    } else if (given.isTextual()) {
      types.add(given.asText());
    }
    if (types.isEmpty()) {
      types.add("oauth1");
    }
    for (String type : types) {
      if (!type.equals("oauth1")) {
        throw new JujuError(
            "cloud \""
                + name
                + "\" has invalid auth type \""
                + type
                + "\", valid auth types for provider \"maas\" are [oauth1]");
      }
    }
    return types;
  }

  private static String endpoint(JsonNode cloud, String name) throws JujuError {
    String endpoint = cloud.path("endpoint").asText("");
    if (endpoint.isEmpty()) {
      throw new JujuError("validating cloud \"" + name + "\": missing endpoint");
    }
    try {
      URI uri = URI.create(endpoint);
      if (!List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null) {
        throw new IllegalArgumentException(endpoint);
      }
    } catch (IllegalArgumentException e) {
      throw new JujuError(
          "validating cloud \""
              + name
              + "\": invalid endpoint \""
              + endpoint
              + "\": expected http(s)://host[:port]/MAAS");
    }
    return endpoint;
  }

  private static List<String> regions(JsonNode cloud) {
    List<String> regions = new ArrayList<>();
    cloud.path("regions").fieldNames().forEachRemaining(regions::add);
    if (regions.isEmpty()) {
      regions.add("default");
    }
    return regions;
  }

  /** The refusal to shadow a public or built-in cloud without {@code --force}. */
  static void checkName(String name, boolean force) throws JujuError {
    if (force) {
      return;
    }
    if (PUBLIC_CLOUDS.contains(name)) {
      throw new JujuError("\"" + name + "\" is the name of a public cloud");
    }
    if (BUILT_IN_CLOUDS.contains(name)) {
      throw new JujuError("\"" + name + "\" is the name of a built-in cloud");
    }
  }
}
