package io.metalflow.lab.juju;

import io.metalflow.maas.AllocateRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Juju constraints ({@code tags=a,^b mem=4G cores=2 zone=z arch=amd64}) and how Juju's MAAS
 * provider turns them into an allocation: {@code tags} for each positive tag, {@code not_tags} for
 * each {@code ^tag}, {@code mem} in MB, {@code cpu_count}, {@code zone}.
 */
record Constraints(Map<String, String> values) {

  Constraints {
    values = Collections.unmodifiableMap(new TreeMap<>(values));
  }

  static Constraints none() {
    return new Constraints(Map.of());
  }

  /**
   * Parses blank-separated {@code key=value} pairs.
   *
   * @throws IllegalArgumentException with Juju's wording for a malformed or unknown constraint
   */
  static Constraints parse(String text) {
    Map<String, String> values = new LinkedHashMap<>();
    if (text == null || text.isBlank()) {
      return new Constraints(values);
    }
    for (String pair : text.strip().split("\\s+")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed constraint \"" + pair + "\"");
      }
      String key = pair.substring(0, eq);
      if (!List.of("tags", "mem", "cores", "cpu-cores", "zone", "arch", "root-disk")
          .contains(key)) {
        throw new IllegalArgumentException("unknown constraint \"" + key + "\"");
      }
      values.put(key.equals("cpu-cores") ? "cores" : key, pair.substring(eq + 1));
    }
    new Constraints(values).memMb();
    return new Constraints(values);
  }

  /** These constraints with {@code over}'s values replacing same-named ones. */
  Constraints overriddenBy(Constraints over) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    merged.putAll(over.values);
    return new Constraints(merged);
  }

  /** A default used only when no value is set, e.g. bootstrap's {@code mem=3584M}. */
  Constraints withDefault(String key, String value) {
    Map<String, String> merged = new LinkedHashMap<>(values);
    merged.putIfAbsent(key, value);
    return new Constraints(merged);
  }

  List<String> tags() {
    return splitTags(false);
  }

  List<String> notTags() {
    return splitTags(true);
  }

  private List<String> splitTags(boolean negated) {
    List<String> tags = new ArrayList<>();
    String all = values.getOrDefault("tags", "");
    for (String tag : all.split(",")) {
      if (!tag.isBlank() && tag.startsWith("^") == negated) {
        tags.add(negated ? tag.substring(1) : tag);
      }
    }
    return tags;
  }

  Integer memMb() {
    String mem = values.get("mem");
    if (mem == null) {
      return null;
    }
    String upper = mem.toUpperCase(Locale.ROOT);
    try {
      if (upper.endsWith("G")) {
        return (int) (Double.parseDouble(upper.substring(0, upper.length() - 1)) * 1024);
      }
      if (upper.endsWith("T")) {
        return (int) (Double.parseDouble(upper.substring(0, upper.length() - 1)) * 1024 * 1024);
      }
      String number = upper.endsWith("M") ? upper.substring(0, upper.length() - 1) : upper;
      return (int) Double.parseDouble(number);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "bad \"mem\" constraint: must be a non-negative float" + " with optional M/G/T/P suffix");
    }
  }

  Integer cores() {
    String cores = values.get("cores");
    return cores == null ? null : Integer.valueOf(cores);
  }

  AllocateRequest toAllocateRequest(String agentName) {
    return new AllocateRequest(
        tags(), notTags(), null, null, cores(), memMb(), values.get("zone"), agentName, null);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  /** {@code key=value} pairs in Juju's order (alphabetical for these keys), or empty. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    values.forEach(
        (k, v) -> text.append(text.length() == 0 ? "" : " ").append(k).append('=').append(v));
    return text.toString();
  }
}
