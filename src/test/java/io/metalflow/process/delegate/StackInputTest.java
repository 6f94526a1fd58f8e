package io.metalflow.process.delegate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackInputTest {

  @Test
  void defaultsOfTheObservabilityStackAreValid() {
    Map<String, Object> input = new HashMap<>();
    input.put("controllerName", "maas-controller");
    input.put("cloudName", "maas-one");
    input.put("modelName", "prom");
    input.put("machineTag", "juju");
    input.put("credentialName", "metalflow");
    input.put("jujuChannel", "3.6");
    input.put("bootstrapBase", "ubuntu@22.04");
    input.put("maasEndpoint", "http://10.0.0.2:5240/MAAS");
    input.put("enableDashboard", true);
    input.put("pollInterval", "PT15S");
    input.put("applications", Vars.toJson(StartDefaults.DEFAULT_APPLICATIONS));
    input.put("relations", Vars.toJson(StartDefaults.DEFAULT_RELATIONS));

    assertThat(StackInput.problems(input)).isEmpty();
  }

  @Test
  void shellSyntaxInANameIsRefusedWithTheVariableNamed() {
    assertThat(StackInput.problems(Map.of("modelName", "prom$(reboot)")))
        .singleElement()
        .asString()
        .startsWith("modelName: invalid model name \"prom$(reboot)\": use 1 to 63 lower-case");
  }

  @Test
  void applicationEntriesAreCheckedFieldByField() {
    String apps =
        "[{\"name\":\"grafana-2\",\"charm\":\"grafana\",\"constraints\":\"mem=4G tags=prom\"},"
            + "{\"name\":\"prometheus\",\"charm\":\"./charms/prometheus2_r60.charm\","
            + "\"channel\":\"latest/stable\",\"base\":\"ubuntu@20.04\",\"units\":0}]";

    List<String> problems = StackInput.problems(Map.of("applications", apps));

    assertThat(problems)
        .hasSize(2)
        .satisfiesExactly(
            first -> assertThat(first).startsWith("applications[0].name: invalid application name"),
            second ->
                assertThat(second).isEqualTo("applications[1].units 0: must be between 1 and 20"));
  }

  @Test
  void relationsNeedApplicationAndEndpoint() {
    List<String> problems =
        StackInput.problems(
            Map.of(
                "relations", "[{\"first\":\"prometheus\",\"second\":\"grafana:grafana-source\"}]"));

    assertThat(problems)
        .containsExactly("relations[0].first \"prometheus\": use application:endpoint");
  }

  @Test
  void durationsAndBooleansMustBeReadable() {
    assertThat(StackInput.problems(Map.of("pollInterval", "15 seconds", "enableDashboard", "yes")))
        .containsExactlyInAnyOrder(
            "pollInterval \"15 seconds\": use an ISO-8601 duration like PT30S",
            "enableDashboard \"yes\": use true or false");
  }

  @Test
  void applicationsThatAreNotJsonAreReportedNotThrown() {
    assertThat(StackInput.problems(Map.of("applications", "grafana,prometheus")))
        .singleElement()
        .asString()
        .startsWith("applications: not a JSON list of the expected objects");
  }
}
