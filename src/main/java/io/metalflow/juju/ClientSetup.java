package io.metalflow.juju;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.metalflow.maas.MaasApiKey;
import io.metalflow.ssh.CommandResult;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The juju client on the main host: installed, and knowing the MAAS cloud and its credential. Cloud
 * and credential files go up as 0600 files under {@code .metalflow/tmp/} and are removed whatever
 * happens; the API key never reaches a log or an exception.
 */
final class ClientSetup {

  private static final int COMMAND_NOT_FOUND = 127;
  private static final String ALREADY_EXISTS = "already exists";
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Logger log = LoggerFactory.getLogger(ClientSetup.class);

  private final JujuShell shell;
  private final Supplier<MaasApiKey> apiKey;

  ClientSetup(JujuShell shell, Supplier<MaasApiKey> apiKey) {
    this.shell = shell;
    this.apiKey = apiKey;
  }

  Optional<String> version() {
    JujuArgv argv = shell.juju("version");
    CommandResult result = shell.run(argv.list());
    if (result.exitCode() == COMMAND_NOT_FOUND) {
      return Optional.empty();
    }
    if (!result.succeeded()) {
      throw JujuShell.failed(argv, result, UnaryOperator.identity());
    }
    return Optional.of(
        result
            .stdout()
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .findFirst()
            .orElseThrow(() -> new JujuException("juju version printed nothing")));
  }

  void installClient(String channel) {
    JujuArgv install =
        new JujuArgv("sudo")
            .add("snap", "install", "juju", "--channel", JujuNames.snapChannel(channel));
    CommandResult result = shell.run(install.list());
    if (!result.succeeded() && !(result.stdout() + result.stderr()).contains("already installed")) {
      throw JujuShell.failed(install, result, UnaryOperator.identity());
    }
    // The strictly confined 3.x snap needs ~/.local/share to exist before its first use. Best
    // effort: a host where it cannot be made will show juju's own error on the next command.
    CommandResult made = shell.run(new JujuArgv("mkdir").add("-p", ".local/share").list());
    if (!made.succeeded()) {
      log.warn("mkdir -p .local/share on the main host exited {}", made.exitCode());
    }
  }

  boolean ensureCloud(MaasCloud cloud) {
    if (cloud == null) {
      throw new InvalidJujuNameException("MAAS cloud is missing");
    }
    String name = JujuNames.cloud(cloud.name());
    String endpoint = JujuNames.maasEndpoint(cloud.endpoint());
    JsonNode clouds =
        JujuJson.tree(shell.stdout(shell.juju("clouds", "--client", "--format=json")), "clouds");
    Optional<JsonNode> existing = JujuJson.cloud(clouds, name);
    if (existing.isPresent()) {
      requireSameCloud(name, endpoint, existing.get());
      return false;
    }
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("type", "maas");
    definition.put("auth-types", List.of("oauth1"));
    definition.put("endpoint", endpoint);
    byte[] yaml = yaml(Map.of("clouds", Map.of(name, definition)));
    try (RemoteTempFile file = RemoteTempFile.upload(shell.runner(), "cloud", yaml)) {
      return shell.tolerating(
          shell.juju("add-cloud", "--client", "-f", file.path(), name), ALREADY_EXISTS);
    }
  }

  boolean ensureCredential(String cloud, String credential) {
    JujuNames.cloud(cloud);
    JujuNames.credential(credential);
    JsonNode stored =
        JujuJson.tree(
            shell.stdout(shell.juju("credentials", "--client", "--format=json")), "credentials");
    if (JujuJson.hasCredential(stored, cloud, credential)) {
      return false;
    }
    MaasApiKey key = key();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("auth-type", "oauth1");
    entry.put("maas-oauth", key.reveal());
    byte[] yaml = yaml(Map.of("credentials", Map.of(cloud, Map.of(credential, entry))));
    try (RemoteTempFile file = RemoteTempFile.upload(shell.runner(), "credential", yaml)) {
      return shell.tolerating(
          shell.juju("add-credential", "--client", "-f", file.path(), cloud),
          ALREADY_EXISTS,
          text -> redact(text, key));
    } finally {
      Arrays.fill(yaml, (byte) 0);
    }
  }

  private static void requireSameCloud(String name, String endpoint, JsonNode existing) {
    String type = StatusJson.text(existing, "type");
    String known = StatusJson.text(existing, "endpoint");
    if (!"maas".equals(type) || known == null || !trimSlash(known).equals(trimSlash(endpoint))) {
      throw new JujuConflictException(
          "cloud \""
              + name
              + "\" is already known to the juju client as type "
              + type
              + " with endpoint "
              + known
              + ", not as MAAS at "
              + endpoint);
    }
  }

  private MaasApiKey key() {
    MaasApiKey key = apiKey.get();
    if (key == null) {
      throw new JujuException("no MAAS API key is configured (metalflow.maas.api-key-file)");
    }
    return key;
  }

  private static String redact(String text, MaasApiKey key) {
    String out = text.replace(key.reveal(), "****");
    for (String part : List.of(key.consumerKey(), key.tokenKey(), key.tokenSecret())) {
      out = part.isEmpty() ? out : out.replace(part, "****");
    }
    return out;
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static byte[] yaml(Object document) {
    try {
      return YAML.writeValueAsBytes(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a juju YAML file", e);
    }
  }
}
