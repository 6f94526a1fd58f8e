package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.metalflow.juju.HostileInput.Damage;
import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.RunId;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every {@link SshJujuCli} method refuses a damaged name in any of its arguments before anything
 * reaches the SSH runner or the job wrapper; with valid arguments the same calls do reach them.
 */
class SshJujuCliHostileInputTest {

  private static final String ENDPOINT = "http://10.0.0.2:5240/MAAS";
  private static final RunId RUN = new RunId("run-1");

  /** One argument of one method: its valid value and how to call the method with another. */
  record Call(String what, String valid, BiConsumer<SshJujuCli, String> invoke) {
    @Override
    public String toString() {
      return what;
    }
  }

  static final List<Call> CALLS =
      List.of(
          new Call("installClient channel", "3.6/stable", SshJujuCli::installClient),
          new Call(
              "ensureCloud name",
              "maas-one",
              (cli, s) -> cli.ensureCloud(new MaasCloud(s, ENDPOINT))),
          new Call(
              "ensureCloud endpoint",
              ENDPOINT,
              (cli, s) -> cli.ensureCloud(new MaasCloud("maas-one", s))),
          new Call(
              "ensureCredential cloud", "maas-one", (cli, s) -> cli.ensureCredential(s, "anvil")),
          new Call(
              "ensureCredential name", "anvil", (cli, s) -> cli.ensureCredential("maas-one", s)),
          new Call("controller", "maas-controller", SshJujuCli::controller),
          new Call(
              "bootstrap cloud",
              "maas-one",
              (cli, s) ->
                  cli.startBootstrap(
                      RUN, boot(s, "ctl", "ubuntu@22.04", "tags=juju", "mem=8G", "k"))),
          new Call(
              "bootstrap controller",
              "ctl",
              (cli, s) ->
                  cli.startBootstrap(
                      RUN, boot("maas-one", s, "ubuntu@22.04", "tags=juju", "mem=8G", "k"))),
          new Call(
              "bootstrap base",
              "ubuntu@22.04",
              (cli, s) ->
                  cli.startBootstrap(RUN, boot("maas-one", "ctl", s, "tags=juju", "mem=8G", "k"))),
          new Call(
              "bootstrap constraints",
              "tags=juju",
              (cli, s) ->
                  cli.startBootstrap(
                      RUN, boot("maas-one", "ctl", "ubuntu@22.04", s, "mem=8G", "k"))),
          new Call(
              "bootstrap model constraints",
              "mem=8G",
              (cli, s) ->
                  cli.startBootstrap(
                      RUN, boot("maas-one", "ctl", "ubuntu@22.04", "tags=juju", s, "k"))),
          new Call(
              "bootstrap config key",
              "bootstrap-timeout",
              (cli, s) ->
                  cli.startBootstrap(
                      RUN, boot("maas-one", "ctl", "ubuntu@22.04", "tags=juju", "mem=8G", s))),
          new Call("destroy controller", "ctl", (cli, s) -> cli.startDestroyController(RUN, s)),
          new Call(
              "ensureModel controller",
              "ctl",
              (cli, s) -> cli.ensureModel(s, "prom", "maas-one", "anvil")),
          new Call(
              "ensureModel model",
              "prom",
              (cli, s) -> cli.ensureModel("ctl", s, "maas-one", "anvil")),
          new Call(
              "ensureModel cloud",
              "maas-one",
              (cli, s) -> cli.ensureModel("ctl", "prom", s, "anvil")),
          new Call(
              "ensureModel credential",
              "anvil",
              (cli, s) -> cli.ensureModel("ctl", "prom", "maas-one", s)),
          new Call("status controller", "ctl", (cli, s) -> cli.status(s, "prom")),
          new Call("status model", "prom", (cli, s) -> cli.status("ctl", s)),
          new Call(
              "deploy controller",
              "ctl",
              (cli, s) ->
                  cli.ensureApplication(
                      s,
                      "prom",
                      app(
                          "grafana",
                          "grafana",
                          "latest/stable",
                          "ubuntu@22.04",
                          "tags=prom",
                          "k"))),
          new Call(
              "deploy model",
              "prom",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      s,
                      app(
                          "grafana",
                          "grafana",
                          "latest/stable",
                          "ubuntu@22.04",
                          "tags=prom",
                          "k"))),
          new Call(
              "deploy name",
              "grafana",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      "prom",
                      app(s, "grafana", "latest/stable", "ubuntu@22.04", "tags=prom", "k"))),
          new Call(
              "deploy charm",
              "grafana",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      "prom",
                      app("grafana", s, "latest/stable", "ubuntu@22.04", "tags=prom", "k"))),
          new Call(
              "deploy local charm",
              "./grafana_r69.charm",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl", "prom", app("grafana", s, null, "ubuntu@22.04", "tags=prom", "k"))),
          new Call(
              "deploy channel",
              "latest/stable",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      "prom",
                      app("grafana", "grafana", s, "ubuntu@22.04", "tags=prom", "k"))),
          new Call(
              "deploy base",
              "ubuntu@22.04",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      "prom",
                      app("grafana", "grafana", "latest/stable", s, "tags=prom", "k"))),
          new Call(
              "deploy constraints",
              "tags=prom",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      "prom",
                      app("grafana", "grafana", "latest/stable", "ubuntu@22.04", s, "k"))),
          new Call(
              "deploy config key",
              "admin_password",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      "prom",
                      app("grafana", "grafana", "latest/stable", "ubuntu@22.04", "tags=prom", s))),
          new Call(
              "integrate first application",
              "grafana",
              (cli, s) ->
                  cli.ensureRelation(
                      "ctl",
                      "prom",
                      new Endpoint(s, "grafana-source"),
                      new Endpoint("prometheus", "grafana-source"))),
          new Call(
              "integrate first endpoint",
              "grafana-source",
              (cli, s) ->
                  cli.ensureRelation(
                      "ctl",
                      "prom",
                      new Endpoint("grafana", s),
                      new Endpoint("prometheus", "grafana-source"))),
          new Call(
              "integrate second application",
              "prometheus",
              (cli, s) ->
                  cli.ensureRelation(
                      "ctl",
                      "prom",
                      new Endpoint("grafana", "grafana-source"),
                      new Endpoint(s, "grafana-source"))),
          new Call(
              "integrate second endpoint",
              "grafana-source",
              (cli, s) ->
                  cli.ensureRelation(
                      "ctl",
                      "prom",
                      new Endpoint("grafana", "grafana-source"),
                      new Endpoint("prometheus", s))),
          new Call(
              "integrate model",
              "prom",
              (cli, s) ->
                  cli.ensureRelation(
                      "ctl",
                      s,
                      new Endpoint("grafana", "grafana-source"),
                      new Endpoint("prometheus", "grafana-source"))),
          new Call("resolve unit", "grafana/0", (cli, s) -> cli.resolve("ctl", "prom", s)),
          new Call("resolve controller", "ctl", (cli, s) -> cli.resolve(s, "prom", "grafana/0")),
          new Call(
              "run unit",
              "grafana/0",
              (cli, s) -> cli.runAction("ctl", "prom", s, "get-admin-password")),
          new Call(
              "run action",
              "get-admin-password",
              (cli, s) -> cli.runAction("ctl", "prom", "grafana/0", s)),
          new Call(
              "run model",
              "prom",
              (cli, s) -> cli.runAction("ctl", s, "grafana/0", "get-admin-password")),
          new Call("dashboard controller", "ctl", SshJujuCli::ensureDashboard));

  /** Calls whose free-text config value is the argument. */
  static final List<Call> CONFIG_VALUE_CALLS =
      List.of(
          new Call(
              "bootstrap config value",
              "1800",
              (cli, s) ->
                  cli.startBootstrap(
                      RUN,
                      new BootstrapRequest(
                          "maas-one",
                          "ctl",
                          "ubuntu@22.04",
                          null,
                          null,
                          Map.of("bootstrap-timeout", s)))),
          new Call(
              "deploy config value",
              "hunter2",
              (cli, s) ->
                  cli.ensureApplication(
                      "ctl",
                      "prom",
                      new ApplicationSpec(
                          "grafana",
                          "grafana",
                          null,
                          null,
                          1,
                          null,
                          Map.of("admin_password", s)))));

  private static BootstrapRequest boot(
      String cloud, String controller, String base, String constraints, String model, String key) {
    return new BootstrapRequest(cloud, controller, base, constraints, model, Map.of(key, "1800"));
  }

  private static ApplicationSpec app(
      String name, String charm, String channel, String base, String constraints, String key) {
    return new ApplicationSpec(name, charm, channel, base, 2, constraints, Map.of(key, "v"));
  }

  @Provide
  Arbitrary<Damage> damages() {
    return HostileInput.damages();
  }

  @Provide
  Arbitrary<Damage> configValueDamages() {
    return HostileInput.configValueDamages();
  }

  @Property(tries = 300)
  void damagedNamesAreRefusedBeforeAnythingIsSent(@ForAll("damages") Damage damage) {
    for (Call call : CALLS) {
      assertRefusedBeforeSending(call, damage.apply(call.valid()));
    }
  }

  @Property(tries = 100)
  void damagedConfigValuesAreRefusedBeforeAnythingIsSent(
      @ForAll("configValueDamages") Damage damage) {
    for (Call call : CONFIG_VALUE_CALLS) {
      assertRefusedBeforeSending(call, damage.apply(call.valid()));
    }
  }

  @Example
  void validArgumentsDoReachTheRunnerOrTheJobWrapper() {
    for (Call call : concat(CALLS, CONFIG_VALUE_CALLS)) {
      ScriptedRunner runner = new ScriptedRunner().otherwise(new CommandResult(0, "{}", ""));
      RecordingJobs jobs = new RecordingJobs();
      Throwable thrown =
          catchThrowable(() -> call.invoke().accept(cli(runner, jobs), call.valid()));

      if (thrown != null) {
        assertThat(thrown).as(call.what()).isNotInstanceOf(InvalidJujuNameException.class);
      }
      assertThat(runner.touched() || !jobs.starts.isEmpty()).as(call.what()).isTrue();
    }
  }

  private static void assertRefusedBeforeSending(Call call, String bad) {
    ScriptedRunner runner = new ScriptedRunner().otherwise(new CommandResult(0, "{}", ""));
    RecordingJobs jobs = new RecordingJobs();

    assertThatThrownBy(() -> call.invoke().accept(cli(runner, jobs), bad))
        .as("%s <- %s", call, NameRule.shown(bad))
        .isInstanceOf(InvalidJujuNameException.class);
    assertThat(runner.commands).as(call.what()).isEmpty();
    assertThat(runner.uploads).as(call.what()).isEmpty();
    assertThat(jobs.starts).as(call.what()).isEmpty();
  }

  private static SshJujuCli cli(ScriptedRunner runner, RecordingJobs jobs) {
    return new SshJujuCli(runner, jobs, () -> CliFixture.KEY, JujuProperties.defaults(), "u@h");
  }

  private static List<Call> concat(List<Call> a, List<Call> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
