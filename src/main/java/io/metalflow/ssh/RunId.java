package io.metalflow.ssh;

import java.util.regex.Pattern;

/** The name of a detached job on the main host: lower-case letters, digits and dashes. */
public record RunId(String value) {

  private static final Pattern SAFE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  public RunId {
    if (value == null || !SAFE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid run id: use 1 to 63 lower-case letters, digits and dashes, starting with a"
              + " letter or digit");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
