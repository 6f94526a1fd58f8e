package io.metalflow.lab.juju;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Files juju reads from the login's home, as the strictly confined snap sees them: relative paths
 * are under the home, absolute ones are taken as seen over SFTP (the home is its root), and nothing
 * outside the home is readable.
 */
final class HomeFiles {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private HomeFiles() {}

  static Optional<Path> resolve(Path home, String given) {
    String relative = given.startsWith("~/") ? given.substring(2) : given;
    while (relative.startsWith("/")) {
      relative = relative.substring(1);
    }
    Path path = home.resolve(relative).normalize();
    return path.startsWith(home.normalize()) && !escapes(home, path)
        ? Optional.of(path)
        : Optional.empty();
  }

  /** A symbolic link (made over SFTP, say) that leads out of the home. */
  private static boolean escapes(Path home, Path path) {
    try {
      return Files.exists(path) && !path.toRealPath().startsWith(home.toRealPath());
    } catch (IOException e) {
      return true;
    }
  }

  /** Reads a YAML file, failing as Go's {@code os.Open} and yaml decoder would. */
  static JsonNode readYaml(Path home, String given) throws JujuError {
    Path path =
        resolve(home, given)
            .filter(Files::isRegularFile)
            .orElseThrow(() -> new JujuError("open " + given + ": no such file or directory"));
    try {
      JsonNode node = YAML.readTree(path.toFile());
      if (node == null || !node.isObject()) {
        throw new JujuError("invalid file " + given + ": not a YAML mapping");
      }
      return node;
    } catch (IOException e) {
      throw new JujuError("cannot parse \"" + given + "\": yaml: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String text) {
    return text == null ? "invalid document" : text.lines().findFirst().orElse(text);
  }
}
