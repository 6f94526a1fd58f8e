package io.metalflow.lab.maas;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Python's {@code repr()} of strings and of the {@code [(name, [values])]} lists MAAS puts in its
 * allocation 409 text.
 */
final class PyRepr {

  private PyRepr() {}

  static String string(String value) {
    if (value.contains("'") && !value.contains("\"")) {
      return "\"" + value.replace("\\", "\\\\") + "\"";
    }
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  static String paramList(Params params) {
    return params.orderedNames().stream()
        .map(name -> "(" + string(name) + ", " + list(params.all(name)) + ")")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String list(List<String> values) {
    return values.stream().map(PyRepr::string).collect(Collectors.joining(", ", "[", "]"));
  }
}
