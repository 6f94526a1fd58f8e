package io.metalflow.juju;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources under {@code io/metalflow/juju/}. */
final class Fixtures {

  private Fixtures() {}

  static String status(String file) {
    return resource("status/" + file);
  }

  static String resource(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JujuStatus parseStatus(String file) {
    return StatusJson.parse(JujuJson.tree(status(file), "status"));
  }
}
