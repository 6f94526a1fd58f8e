package io.metalflow.juju;

import java.util.ArrayList;
import java.util.List;

/** An argument list under construction; {@code --config} values are masked in {@link #redacted}. */
final class JujuArgv {

  private final List<String> args = new ArrayList<>();

  JujuArgv(String program) {
    args.add(program);
  }

  JujuArgv add(String... more) {
    args.addAll(List.of(more));
    return this;
  }

  /** {@code flag value} when value is not null. */
  JujuArgv option(String flag, String value) {
    return value == null ? this : add(flag, value);
  }

  /** {@code --config k=v} for each pair. */
  JujuArgv config(List<String> pairs) {
    pairs.forEach(pair -> add("--config", pair));
    return this;
  }

  List<String> list() {
    return List.copyOf(args);
  }

  /** The list with every {@code --config} value replaced by {@code ****}. */
  List<String> redacted() {
    List<String> out = new ArrayList<>(args);
    for (int i = 1; i < out.size(); i++) {
      if ("--config".equals(out.get(i - 1))) {
        String pair = out.get(i);
        out.set(i, pair.substring(0, pair.indexOf('=') + 1) + "****");
      }
    }
    return List.copyOf(out);
  }
}
