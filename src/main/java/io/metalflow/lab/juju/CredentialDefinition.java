package io.metalflow.lab.juju;

import com.fasterxml.jackson.databind.JsonNode;
import io.metalflow.maas.MaasApiKey;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads the credentials of one cloud out of a credentials YAML file ({@code credentials: CLOUD:
 * NAME: {auth-type: oauth1, maas-oauth: K:T:S}}) and validates them against the MAAS schema.
 */
final class CredentialDefinition {

  private CredentialDefinition() {}

  static List<LabCredential> read(JsonNode file, String cloud, String fileName) throws JujuError {
    JsonNode entries = file.path("credentials").path(cloud);
    List<LabCredential> credentials = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = entries.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (field.getValue().isObject()) {
        credentials.add(validate(cloud, field.getKey(), field.getValue()));
      }
    }
    if (credentials.isEmpty()) {
      throw new JujuError("no credentials for cloud " + cloud + " exist in file " + fileName);
    }
    return credentials;
  }

  private static LabCredential validate(String cloud, String name, JsonNode entry)
      throws JujuError {
    String authType = entry.path("auth-type").asText("");
    if (!authType.equals("oauth1")) {
      throw new JujuError(
          "credential \""
              + name
              + "\" contains invalid auth type \""
              + authType
              + "\", valid auth types for cloud \""
              + cloud
              + "\" are [oauth1]");
    }
    String prefix = "validating credential \"" + name + "\" for cloud \"" + cloud + "\": ";
    JsonNode key = entry.path("maas-oauth");
    if (!key.isTextual() || key.asText().isBlank()) {
      throw new JujuError(prefix + "maas-oauth: expected string, got nothing");
    }
    try {
      MaasApiKey.parse(key.asText());
    } catch (IllegalArgumentException e) {
      throw new JujuError(prefix + "malformed maas-oauth (3 items separated by colons)");
    }
    return new LabCredential(cloud, name, authType, key.asText().strip());
  }
}
