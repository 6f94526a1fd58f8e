package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flags a juju command accepts, parsed as Juju's gnuflag does: {@code --name value}, {@code
 * --name=value}, {@code -n value}, {@code -nvalue}, booleans with optional {@code =true|false},
 * flags and positional arguments interspersed, {@code --} ends the flags. An unknown flag is the
 * usage error {@code option provided but not defined: -y}.
 */
final class FlagSpec {

  private final Map<String, String> canonical = new HashMap<>();
  private final Set<String> valueFlags = new HashSet<>();

  /** Every juju command takes these logging flags and {@code -h/--help}. */
  static FlagSpec common() {
    return new FlagSpec()
        .bool("debug")
        .bool("verbose")
        .bool("quiet")
        .bool("show-log")
        .bool("help", "h")
        .value("logging-config");
  }

  /** Adds a boolean flag: its long name first, then aliases. */
  FlagSpec bool(String name, String... aliases) {
    canonical.put(name, name);
    for (String alias : aliases) {
      canonical.put(alias, name);
    }
    return this;
  }

  /** Adds a flag taking a value: its long name first, then aliases. */
  FlagSpec value(String name, String... aliases) {
    bool(name, aliases);
    valueFlags.add(name);
    return this;
  }

  /** {@code --format}/{@code -o}: for commands with structured output. */
  FlagSpec formatted() {
    return value("format").value("output", "o");
  }

  ParsedArgs parse(List<String> args) throws JujuError {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Set<String> bools = new HashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        positional.addAll(args.subList(i + 1, args.size()));
        break;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        positional.add(arg);
        continue;
      }
      i = flag(args, i, values, bools);
    }
    return new ParsedArgs(values, bools, positional);
  }

  private int flag(List<String> args, int i, Map<String, List<String>> values, Set<String> bools)
      throws JujuError {
    String arg = args.get(i);
    boolean isLong = arg.startsWith("--");
    String body = arg.substring(isLong ? 2 : 1);
    String inline = null;
    int eq = body.indexOf('=');
    if (eq >= 0) {
      inline = body.substring(eq + 1);
      body = body.substring(0, eq);
    } else if (!isLong && body.length() > 1) {
      inline = body.substring(1);
      body = body.substring(0, 1);
    }
    String dashes = isLong ? "--" : "-";
    String name = canonical.get(body);
    if (name == null) {
      throw JujuError.usage("option provided but not defined: " + dashes + body);
    }
    if (!valueFlags.contains(name)) {
      if (inline == null || inline.equals("true")) {
        bools.add(name);
      } else if (!inline.equals("false")) {
        throw JujuError.usage("invalid value \"" + inline + "\" for flag " + dashes + body);
      }
      return i;
    }
    if (inline == null) {
      if (i + 1 >= args.size()) {
        throw JujuError.usage("option needs an argument: " + dashes + body);
      }
      inline = args.get(++i);
    }
    values.computeIfAbsent(name, k -> new ArrayList<>()).add(inline);
    return i;
  }
}
