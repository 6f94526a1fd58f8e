package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.juju.HostileInput.Damage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every validator refuses damaged input with a clear one-line message, and accepts valid names. */
class JujuNamesPropertyTest {

  record Validator(String field, String valid, UnaryOperator<String> check) {
    @Override
    public String toString() {
      return field;
    }
  }

  static final List<Validator> VALIDATORS =
      List.of(
          new Validator("controller name", "maas-controller", JujuNames::controller),
          new Validator("model name", "prom", JujuNames::model),
          new Validator("cloud name", "maas-one", JujuNames::cloud),
          new Validator("credential name", "anvil", JujuNames::credential),
          new Validator("application name", "grafana-agent", JujuNames::application),
          new Validator("unit name", "grafana/0", JujuNames::unit),
          new Validator("action name", "get-admin-password", JujuNames::action),
          new Validator("endpoint name", "grafana-source", JujuNames::endpoint),
          new Validator("snap channel", "3.6/stable", JujuNames::snapChannel),
          new Validator("MAAS endpoint", "http://10.0.0.2:5240/MAAS", JujuNames::maasEndpoint),
          new Validator("charm name", "prometheus2", CharmReferences::charm),
          new Validator(
              "local charm path", "./charms/grafana_r69.charm", CharmReferences::localPath),
          new Validator("channel", "latest/stable", CharmReferences::channel),
          new Validator("base", "ubuntu@22.04", CharmReferences::base),
          new Validator(
              "constraints",
              "arch=amd64 tags=juju,^virtual mem=4G",
              c -> JujuConstraints.check("constraints", c)),
          new Validator("config key", "admin_password", ConfigEntries::key));

  @Provide
  Arbitrary<Damage> damages() {
    return HostileInput.damages();
  }

  @Provide
  Arbitrary<Damage> configValueDamages() {
    return HostileInput.configValueDamages();
  }

  @Property(tries = 400)
  void damagedInputIsRefusedByEveryValidatorWithAOneLineMessageNamingTheField(
      @ForAll("damages") Damage damage) {
    for (Validator validator : VALIDATORS) {
      String bad = damage.apply(validator.valid());
      assertThatThrownBy(() -> validator.check().apply(bad))
          .as("%s <- %s", validator, NameRule.shown(bad))
          .isInstanceOf(InvalidJujuNameException.class)
          .hasMessageContaining(validator.field())
          .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[\\x00-\\x1f\\x7f]"));
    }
  }

  @Property(tries = 200)
  void damagedConfigValuesAreRefusedWithoutShowingThem(
      @ForAll("configValueDamages") Damage damage) {
    String bad = damage.apply("s3cret-value");
    assertThatThrownBy(() -> ConfigEntries.value("admin_password", bad))
        .isInstanceOf(InvalidJujuNameException.class)
        .hasMessageContaining("admin_password")
        .hasMessageNotContaining("s3cret");
  }

  @Property
  void validSimpleNamesPass(@ForAll("simpleNames") String name) {
    assertThat(JujuNames.controller(name)).isEqualTo(name);
    assertThat(JujuNames.model(name)).isEqualTo(name);
    assertThat(JujuNames.cloud(name)).isEqualTo(name);
    assertThat(JujuNames.credential(name)).isEqualTo(name);
  }

  @Property
  void validApplicationAndUnitNamesPass(
      @ForAll("applicationNames") String app, @ForAll("unitNumbers") int number) {
    assertThat(JujuNames.application(app)).isEqualTo(app);
    assertThat(JujuNames.unit(app + "/" + number)).isEqualTo(app + "/" + number);
    assertThat(CharmReferences.charm(app)).isEqualTo(app);
  }

  @Property
  void validChannelsPass(@ForAll("channels") String channel) {
    assertThat(CharmReferences.channel(channel)).isEqualTo(channel);
  }

  @Property
  void validConstraintsPass(@ForAll("constraints") String constraints) {
    assertThat(JujuConstraints.check("constraints", constraints)).isEqualTo(constraints);
  }

  @Property
  void printableConfigValuesPassWhateverShellCharactersTheyHold(
      @ForAll("configValues") String value) {
    assertThat(ConfigEntries.value("admin_password", value)).isEqualTo(value);
  }

  @Provide
  Arbitrary<String> simpleNames() {
    String alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
    Arbitrary<String> edge = Arbitraries.strings().withChars(alnum.toCharArray()).ofLength(1);
    Arbitrary<String> middle =
        Arbitraries.strings().withChars((alnum + "-").toCharArray()).ofMaxLength(61);
    return Arbitraries.oneOf(
        edge, Combinators.combine(edge, middle, edge).as((a, m, b) -> a + m + b));
  }

  @Provide
  Arbitrary<String> applicationNames() {
    Arbitrary<String> letter = Arbitraries.strings().withCharRange('a', 'z').ofLength(1);
    Arbitrary<String> alnum =
        Arbitraries.strings().withCharRange('a', 'z').numeric().ofMaxLength(4);
    Arbitrary<String> segment =
        Combinators.combine(alnum, letter, alnum).as((a, l, b) -> "-" + a + l + b);
    return Combinators.combine(letter, alnum, segment.list().ofMaxSize(3))
        .as((l, rest, segments) -> l + rest + String.join("", segments));
  }

  @Provide
  Arbitrary<Integer> unitNumbers() {
    return Arbitraries.integers().between(0, 99_999);
  }

  @Provide
  Arbitrary<String> channels() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .numeric()
            .withChars('.', '-')
            .ofMaxLength(8)
            .map(s -> "v" + s);
    Arbitrary<String> risk = Arbitraries.of("stable", "candidate", "beta", "edge");
    return Combinators.combine(word.injectNull(0.3), risk, word.injectNull(0.6))
        .as(
            (track, r, branch) ->
                (track == null ? "" : track + "/") + r + (branch == null ? "" : "/" + branch));
  }

  @Provide
  Arbitrary<String> constraints() {
    Arbitrary<String> tag =
        Combinators.combine(
                Arbitraries.of("", "^"),
                Arbitraries.strings()
                    .withCharRange('a', 'z')
                    .numeric()
                    .withChars('_', '-')
                    .ofMinLength(1)
                    .ofMaxLength(10)
                    .filter(s -> s.charAt(0) != '-'))
            .as(String::concat);
    Map<String, Arbitrary<String>> values = new TreeMap<>();
    values.put("arch", Arbitraries.of("amd64", "arm64", "ppc64el", "s390x"));
    values.put("cores", Arbitraries.integers().between(1, 512).map(String::valueOf));
    values.put(
        "mem",
        Combinators.combine(
                Arbitraries.integers().between(1, 99999), Arbitraries.of("", "M", "G", "T"))
            .as((n, u) -> n + u));
    values.put("root-disk", Arbitraries.integers().between(1, 9999).map(n -> n + "G"));
    values.put("tags", tag.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(",", l)));
    values.put(
        "zones",
        Arbitraries.of("default", "z1", "rack-2")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(l -> String.join(",", l)));
    values.put(
        "spaces",
        Arbitraries.of("alpha", "^public", "storage")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(l -> String.join(",", l)));
    values.put("container", Arbitraries.of("lxd", "kvm"));
    values.put("allocate-public-ip", Arbitraries.of("true", "false"));
    values.put("virt-type", Arbitraries.of("kvm", "virtual-machine"));
    return Arbitraries.subsetOf(values.keySet())
        .ofMinSize(1)
        .flatMap(
            keys -> {
              List<Arbitrary<String>> pairs = new ArrayList<>();
              keys.forEach(k -> pairs.add(values.get(k).map(v -> k + "=" + v)));
              return Combinators.combine(pairs).as(list -> String.join(" ", list));
            });
  }

  @Provide
  Arbitrary<String> configValues() {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('ü', '名', 'é')
        .ofMaxLength(300)
        .filter(s -> !s.startsWith("@"));
  }
}
