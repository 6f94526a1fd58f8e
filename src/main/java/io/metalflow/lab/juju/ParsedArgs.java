package io.metalflow.lab.juju;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Flags and positional arguments of one juju command line, keyed by the flags' long names. */
record ParsedArgs(Map<String, List<String>> values, Set<String> bools, List<String> positional) {

  ParsedArgs {
    values = Map.copyOf(values);
    bools = Set.copyOf(bools);
    positional = List.copyOf(positional);
  }

  boolean has(String flag) {
    return bools.contains(flag) || values.containsKey(flag);
  }

  /** The last value given for a flag. */
  Optional<String> value(String flag) {
    List<String> given = values.get(flag);
    return given == null ? Optional.empty() : Optional.of(given.get(given.size() - 1));
  }

  String value(String flag, String fallback) {
    return value(flag).orElse(fallback);
  }

  List<String> all(String flag) {
    return values.getOrDefault(flag, List.of());
  }

  Optional<String> positional(int index) {
    return index < positional.size() ? Optional.of(positional.get(index)) : Optional.empty();
  }
}
