package io.metalflow.lab.maas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Request parameters as MAAS reads them: ordered, multi-valued (a key may repeat). */
final class Params {

  private static final Set<String> TRUE = Set.of("true", "yes", "on", "1");
  private static final Set<String> FALSE = Set.of("false", "no", "off", "0", "");

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  static Params empty() {
    return new Params();
  }

  void add(String name, String value) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /** The first value, or null when absent. */
  String first(String name) {
    List<String> list = values.get(name);
    return list == null || list.isEmpty() ? null : list.get(0);
  }

  /** All values (unmodifiable; {@code contains(null)} is simply false). */
  List<String> all(String name) {
    return Collections.unmodifiableList(new ArrayList<>(values.getOrDefault(name, List.of())));
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  List<String> orderedNames() {
    return List.copyOf(values.keySet());
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  /** A boolean parsed like formencode's StringBool; absent means {@code false}. */
  boolean flag(String name) {
    String value = first(name);
    if (value == null) {
      return false;
    }
    String normalized = value.strip().toLowerCase(Locale.ROOT);
    if (TRUE.contains(normalized)) {
      return true;
    }
    if (FALSE.contains(normalized)) {
      return false;
    }
    throw ApiError.invalid(name, "Value should be 'true' or 'false'");
  }

  /** A copy without the named keys. */
  Params without(String... names) {
    Params copy = new Params();
    values.forEach((k, v) -> v.forEach(value -> copy.add(k, value)));
    for (String name : names) {
      copy.values.remove(name);
    }
    return copy;
  }

  /** A copy without OAuth parameters (which may travel in a query or body). */
  Params withoutAuth() {
    Params copy = new Params();
    values.forEach(
        (k, v) -> {
          if (!k.startsWith("oauth_")) {
            v.forEach(value -> copy.add(k, value));
          }
        });
    return copy;
  }

  Map<String, List<String>> asMap() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return copy;
  }
}
