package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Juju's naming rules on concrete examples; the property tests cover hostile input at large. */
class JujuNamesTest {

  @ParameterizedTest
  @ValueSource(strings = {"grafana", "prometheus2", "grafana-k8s", "juju-dashboard", "a", "x1-y2z"})
  void applicationNamesStartingWithALetterAreAccepted(String name) {
    assertThat(JujuNames.application(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "grafana-2",
        "grafana-",
        "-grafana",
        "2grafana",
        "Grafana",
        "graf--ana",
        "graf_ana"
      })
  void applicationNamesWithDigitSuffixTrailingHyphenOrOtherShapesAreRefused(String name) {
    assertThatThrownBy(() -> JujuNames.application(name))
        .isInstanceOf(InvalidJujuNameException.class)
        .hasMessageContaining("application name")
        .hasMessageContaining("no \"-<digits>\" suffix");
  }

  @Test
  void simpleNamesAllowLowerCaseDigitsAndInnerHyphensUpTo63Characters() {
    assertThat(JujuNames.controller("maas-controller")).isEqualTo("maas-controller");
    assertThat(JujuNames.model("prom")).isEqualTo("prom");
    assertThat(JujuNames.cloud("maas-1")).isEqualTo("maas-1");
    assertThat(JujuNames.credential("anvil")).isEqualTo("anvil");
    assertThat(JujuNames.model("a".repeat(63))).hasSize(63);
    assertThatThrownBy(() -> JujuNames.model("a".repeat(64)))
        .hasMessage(
            "invalid model name (64 characters): use 1 to 63 lower-case letters, digits and"
                + " hyphens, starting and ending with a letter or digit");
    assertThatThrownBy(() -> JujuNames.cloud("maas-")).hasMessageStartingWith("invalid cloud name");
    assertThatThrownBy(() -> JujuNames.credential(null))
        .hasMessageStartingWith("credential name is missing");
  }

  @Test
  void refusalShowsTheValueWithControlCharactersEscapedAndCut() {
    assertThatThrownBy(() -> JujuNames.controller("ctl\n; reboot"))
        .hasMessage(
            "invalid controller name \"ctl\\u000a; reboot\": use 1 to 63 lower-case letters,"
                + " digits and hyphens, starting and ending with a letter or digit");
    assertThatThrownBy(() -> JujuNames.controller("x".repeat(70) + "!"))
        .hasMessageContaining("(71 characters)")
        .hasMessageNotContaining("xxx");
    assertThatThrownBy(() -> JujuNames.model("\"" + "a".repeat(45)))
        .hasMessageContaining("\"\\u0022" + "a".repeat(39) + "\"…");
  }

  @Test
  void unitNamesAreApplicationSlashNumber() {
    assertThat(JujuNames.unit("grafana/0")).isEqualTo("grafana/0");
    assertThat(JujuNames.unit("grafana-k8s/12")).isEqualTo("grafana-k8s/12");
    for (String bad :
        new String[] {"grafana", "grafana/01", "grafana/-1", "grafana/leader", "/0"}) {
      assertThatThrownBy(() -> JujuNames.unit(bad))
          .as(bad)
          .isInstanceOf(InvalidJujuNameException.class)
          .hasMessageContaining("<application>/<number>");
    }
  }

  @Test
  void actionAndEndpointNames() {
    assertThat(JujuNames.action("get-admin-password")).isEqualTo("get-admin-password");
    assertThat(JujuNames.endpoint("grafana-source")).isEqualTo("grafana-source");
    assertThat(JujuNames.endpoint("grafana_datasource")).isEqualTo("grafana_datasource");
    assertThatThrownBy(() -> JujuNames.action("get-")).hasMessageContaining("action name");
    assertThatThrownBy(() -> JujuNames.endpoint("source:x")).hasMessageContaining("endpoint name");
    assertThatThrownBy(() -> JujuNames.endpoint(new Endpoint("grafana", null)))
        .hasMessageContaining("endpoint name is missing");
    assertThatThrownBy(() -> JujuNames.endpoint((Endpoint) null))
        .hasMessageContaining("application:endpoint");
  }

  @Test
  void snapChannelsAreTrackRiskOrBoth() {
    for (String ok : new String[] {"3.6", "3.6/stable", "3/candidate", "stable", "latest/edge"}) {
      assertThat(JujuNames.snapChannel(ok)).isEqualTo(ok);
    }
    assertThatThrownBy(() -> JujuNames.snapChannel("3.6/unstable"))
        .hasMessageContaining("snap channel");
  }

  @Test
  void maasEndpointsAreHttpUrlsWithoutParentSegments() {
    assertThat(JujuNames.maasEndpoint("http://10.0.0.2:5240/MAAS"))
        .isEqualTo("http://10.0.0.2:5240/MAAS");
    assertThat(JujuNames.maasEndpoint("https://maas.example.org/MAAS/")).endsWith("/");
    assertThat(JujuNames.maasEndpoint("http://[fd42::2]:5240/MAAS")).contains("[fd42::2]");
    for (String bad :
        new String[] {"ftp://h/MAAS", "http://h/MA AS", "http://h/../etc", "10.0.0.2:5240", ""}) {
      assertThatThrownBy(() -> JujuNames.maasEndpoint(bad))
          .as(bad)
          .isInstanceOf(InvalidJujuNameException.class)
          .hasMessageContaining("MAAS endpoint");
    }
  }

  @Test
  void charmhubNamesChannelsAndBases() {
    assertThat(CharmReferences.charm("prometheus2")).isEqualTo("prometheus2");
    assertThat(CharmReferences.channel("latest/stable")).isEqualTo("latest/stable");
    assertThat(CharmReferences.channel("edge")).isEqualTo("edge");
    assertThat(CharmReferences.channel("1.0/beta/fix-42")).isEqualTo("1.0/beta/fix-42");
    assertThat(CharmReferences.base("ubuntu@22.04")).isEqualTo("ubuntu@22.04");
    assertThat(CharmReferences.base("centos@7")).isEqualTo("centos@7");
    assertThatThrownBy(() -> CharmReferences.channel("latest"))
        .hasMessageContaining("risk stable, candidate, beta or edge");
    assertThatThrownBy(() -> CharmReferences.channel("latest/unstable"))
        .isInstanceOf(InvalidJujuNameException.class);
    assertThatThrownBy(() -> CharmReferences.base("jammy")).hasMessageContaining("ubuntu@22.04");
    assertThatThrownBy(() -> CharmReferences.charm("ch:grafana"))
        .hasMessageContaining("charm name");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "./grafana_r69.charm",
        "/home/ubuntu/charms/grafana.charm",
        "grafana_ubuntu-22.04-amd64.charm",
        "charms/prometheus2+fix.charm"
      })
  void localCharmPathsEndingInDotCharmAreAccepted(String path) {
    assertThat(CharmReferences.charm(path)).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../grafana.charm",
        "charms/../../etc/x.charm",
        "~/grafana.charm",
        "grafana.charm.tar",
        "my charm.charm",
        "-rf.charm",
        ".charm",
        "$(id).charm"
      })
  void localCharmPathsWithParentSegmentsOrShellCharactersAreRefused(String path) {
    assertThatThrownBy(() -> CharmReferences.localPath(path))
        .isInstanceOf(InvalidJujuNameException.class)
        .hasMessageContaining("local charm path");
  }

  @Test
  void localCharmNameIsTheFileNameUpToItsFirstUnderscore() {
    assertThat(CharmReferences.expectedCharmName("./charms/grafana_r69.charm"))
        .isEqualTo("grafana");
    assertThat(CharmReferences.expectedCharmName("prometheus2_ubuntu-22.04-amd64.charm"))
        .isEqualTo("prometheus2");
    assertThat(CharmReferences.expectedCharmName("juju-dashboard.charm"))
        .isEqualTo("juju-dashboard");
    assertThat(CharmReferences.expectedCharmName("grafana")).isEqualTo("grafana");
    assertThat(CharmReferences.deployablePath("grafana.charm")).isEqualTo("./grafana.charm");
    assertThat(CharmReferences.deployablePath("/srv/grafana.charm"))
        .isEqualTo("/srv/grafana.charm");
  }

  @Test
  void constraintsAcceptKnownKeysWithValuesInTheirShape() {
    String all =
        "arch=amd64 cores=4 cpu-power=100 mem=4G root-disk=32.5G tags=juju,^virtual zones=z1,z2"
            + " spaces=alpha,^public virt-type=kvm instance-type=m5.large container=lxd"
            + " allocate-public-ip=true image-id=ami-0abc";
    assertThat(JujuConstraints.check("constraints", all)).isEqualTo(all);
  }

  @Test
  void constraintsRefuseUnknownKeysRepeatsBadValuesAndLooseSpacing() {
    assertThatThrownBy(() -> JujuConstraints.check("bootstrap constraints", "ram=4G"))
        .hasMessageStartingWith("invalid bootstrap constraints \"ram=4G\": unknown key;")
        .hasMessageContaining("tags");
    assertThatThrownBy(() -> JujuConstraints.check("constraints", "mem=4G mem=8G"))
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> JujuConstraints.check("constraints", "tags=juju,,x"))
        .hasMessageContaining("constraints value for tags");
    assertThatThrownBy(() -> JujuConstraints.check("constraints", "allocate-public-ip=yes"))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> JujuConstraints.check("constraints", "mem=4G  cores=2"))
        .hasMessageContaining("key=value pairs separated by single spaces");
    assertThatThrownBy(() -> JujuConstraints.check("constraints", "tags=juju "))
        .isInstanceOf(InvalidJujuNameException.class);
    assertThatThrownBy(() -> JujuConstraints.check("constraints", ""))
        .hasMessageContaining("constraints are missing");
  }

  @Test
  void configValuesAreFreeTextButNotControlCharactersFilesOrHuge() {
    assertThat(ConfigEntries.key("admin_password")).isEqualTo("admin_password");
    String text = "p@ss word 'quoted' \"too\" $(not run); `nor this` | ü";
    assertThat(ConfigEntries.value("admin_password", text)).isEqualTo(text);
    assertThat(ConfigEntries.value("k", "")).isEmpty();
    assertThatThrownBy(() -> ConfigEntries.value("admin_password", "s3cret\nline"))
        .hasMessage(
            "invalid value for config key \"admin_password\": control characters and line breaks"
                + " are not allowed");
    assertThatThrownBy(() -> ConfigEntries.value("ssl_key", "@/etc/shadow"))
        .hasMessageContaining("must not start with '@'")
        .hasMessageNotContaining("shadow");
    assertThatThrownBy(() -> ConfigEntries.value("k", "x".repeat(4097)))
        .hasMessageContaining("at most 4096");
    assertThatThrownBy(() -> ConfigEntries.key("admin password"))
        .hasMessageContaining("config key");
  }

  @Test
  void configPairsAreSortedByKey() {
    assertThat(ConfigEntries.pairs(java.util.Map.of("b", "2", "a", "x y")))
        .containsExactly("a=x y", "b=2");
  }
}
