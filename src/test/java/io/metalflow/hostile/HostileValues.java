package io.metalflow.hostile;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Values an attacker or a careless caller could put where Metalflow expects a name, a channel, a
 * path or a setting: a valid value with shell syntax, quotes, line breaks, {@code ../} or unusual
 * unicode inserted, an option-like prefix, an attack alone, 64 KiB of text, or a value of the wrong
 * JSON type. Every generated value is invalid for the field it is made for.
 */
final class HostileValues {

  /** Each is invalid inside any name, channel, base, path, duration, URL, constraint or key. */
  static final List<String> FRAGMENTS =
      List.of(
          "'",
          "\"",
          ";",
          "$(reboot)",
          "`id`",
          "\n",
          "\r",
          "|",
          "&",
          ">",
          "<",
          "*",
          "\\",
          "$HOME",
          "#",
          "{",
          "}",
          "../",
          "ü",
          "名",
          "\u202e",
          "\u0000",
          "\u001b",
          "\uD83D\uDD25");

  static final List<String> ATTACKS =
      List.of(
          "; rm -rf ~",
          "$(curl 127.0.0.1)",
          "`reboot`",
          "../../../../etc/passwd",
          "..",
          "--help",
          "-f /etc/shadow",
          "a\nb",
          "\u0000");

  static final int LONG = 64 * 1024;

  private HostileValues() {}

  /** {@code valid} damaged so that it is no longer valid, as text. */
  static Arbitrary<String> damaged(String valid) {
    Arbitrary<String> inserted =
        Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.integers().between(0, 200))
            .as(
                (fragment, at) -> {
                  // inside the value: a line break at either end would only be stripped
                  int position = 1 + at % (valid.length() - 1);
                  return valid.substring(0, position) + fragment + valid.substring(position);
                });
    Arbitrary<String> optionLike = Arbitraries.of("-", "--").map(prefix -> prefix + valid);
    Arbitrary<String> alone = Arbitraries.of(ATTACKS);
    Arbitrary<String> overlong = Arbitraries.just(valid + "a".repeat(LONG));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, inserted),
        net.jqwik.api.Tuple.of(1, optionLike),
        net.jqwik.api.Tuple.of(2, alone),
        net.jqwik.api.Tuple.of(1, overlong));
  }

  /** Numbers, booleans, objects and lists where text belongs. */
  static Arbitrary<Object> wrongTypes() {
    return Arbitraries.of(
        42, -7, 2147483648L, 3.5, true, false, Map.of("a", "b"), List.of("x"), Map.of());
  }

  /** Local charm paths that leave their directory, and damaged charm names. */
  static Arbitrary<String> charms() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "../grafana.charm",
            "./charms/../../etc/evil.charm",
            "/tmp/../root/x.charm",
            "local:../x",
            "ch:grafana;reboot",
            "~/grafana.charm",
            "file:///etc/passwd",
            "grafana.charm\n",
            "$(id).charm",
            "-grafana"),
        damaged("grafana"),
        damaged("./grafana.charm"));
  }

  /** Config values juju must never get: line breaks, control characters, "@file", too long. */
  static Arbitrary<Object> configValues() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "a\nb", "x\ry", "\u0000", "esc\u001b[2J", "@/etc/passwd", "@~/.ssh/id_ed25519"),
        Arbitraries.just("x".repeat(LONG)),
        Arbitraries.of(Map.of("nested", "value"), List.of("a", "b")));
  }

  /** Unit counts that are not 1 to 20 whole units. */
  static Arbitrary<Object> units() {
    return Arbitraries.of(
        0, -1, 21, 1000000, 2147483648L, 1.5, "2; reboot", true, Map.of(), List.of(2));
  }
}
