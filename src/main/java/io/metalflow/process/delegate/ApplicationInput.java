package io.metalflow.process.delegate;

import io.metalflow.juju.ApplicationSpec;
import java.util.Map;

/**
 * One entry of the {@code applications} variable, as a starter or the start form writes it. Blank
 * optional fields mean "not given"; {@code units} defaults to 1.
 */
record ApplicationInput(
    String name,
    String charm,
    String channel,
    String base,
    Integer units,
    String constraints,
    Map<String, String> config) {

  ApplicationSpec toSpec() {
    return new ApplicationSpec(
        name,
        charm,
        blankToNull(channel),
        blankToNull(base),
        unitsOrOne(),
        blankToNull(constraints),
        config);
  }

  int unitsOrOne() {
    return units == null ? 1 : units;
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
