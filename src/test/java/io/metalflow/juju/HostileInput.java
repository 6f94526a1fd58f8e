package io.metalflow.juju;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Ways to damage a valid name so that it could smuggle shell syntax, options or paths: insert a
 * metacharacter, quote, newline, "../" or non-ASCII character anywhere; lead with dashes; replace
 * it by an attack or nothing; make it very long.
 */
final class HostileInput {

  static final List<String> FRAGMENTS =
      List.of(
          " ",
          "'",
          "\"",
          ";",
          "$(reboot)",
          "`id`",
          "\n",
          "\r",
          "\t",
          "../",
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
          "ü",
          "名",
          "\u202e",
          "\u00a0",
          "\u0000",
          "\u001b",
          "\u007f");

  enum Kind {
    INSERT,
    PREFIX,
    ALONE,
    OVERLONG
  }

  /** One damage; {@link #apply} turns a valid value into a hostile one. */
  record Damage(Kind kind, String fragment, int position) {

    String apply(String valid) {
      return switch (kind) {
        case INSERT -> {
          int at = position % (valid.length() + 1);
          yield valid.substring(0, at) + fragment + valid.substring(at);
        }
        case PREFIX -> fragment + valid;
        case ALONE -> fragment;
        case OVERLONG -> valid + fragment.repeat(position);
      };
    }

    @Override
    public String toString() {
      return kind + " " + NameRule.shown(fragment) + " @" + position;
    }
  }

  private HostileInput() {}

  static Arbitrary<Damage> damages() {
    Arbitrary<Damage> insert =
        Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.integers().between(0, 200))
            .as((fragment, at) -> new Damage(Kind.INSERT, fragment, at));
    Arbitrary<Damage> prefix =
        Arbitraries.of("-", "--", "-h ", "--help=").map(f -> new Damage(Kind.PREFIX, f, 0));
    Arbitrary<Damage> alone =
        Arbitraries.of("", " ", "\n", "ü", "$(reboot)", "; rm -rf ~", "`id`", "../../etc/passwd")
            .map(f -> new Damage(Kind.ALONE, f, 0));
    Arbitrary<Damage> overlong =
        Arbitraries.integers().between(5000, 6000).map(n -> new Damage(Kind.OVERLONG, "a", n));
    return Arbitraries.oneOf(insert, prefix, alone, overlong);
  }

  /** Damage a free-text config value can carry: control characters, a leading '@', huge size. */
  static Arbitrary<Damage> configValueDamages() {
    Arbitrary<Damage> control =
        Combinators.combine(
                Arbitraries.of("\n", "\r", "\t", "\u0000", "\u001b", "\u007f", "\u0085", "\u2028"),
                Arbitraries.integers().between(0, 200))
            .as((fragment, at) -> new Damage(Kind.INSERT, fragment, at));
    Arbitrary<Damage> file =
        Arbitraries.of("@", "@/etc/shadow ").map(f -> new Damage(Kind.PREFIX, f, 0));
    Arbitrary<Damage> overlong =
        Arbitraries.integers().between(4100, 6000).map(n -> new Damage(Kind.OVERLONG, "x", n));
    return Arbitraries.oneOf(control, file, overlong);
  }
}
