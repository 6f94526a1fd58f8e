package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small documents juju prints, in the shapes of juju 3.6's formatters (json tags read in
 * juju/juju cmd/juju/cloud, cmd/juju/controller and the run command) and of jubilant's unit tests.
 */
class JujuClientJsonTest {

  private static final String CLOUDS =
      """
      {"localhost": {"defined": "built-in", "type": "lxd", "description": "LXD Container Hypervisor",
                     "auth-types": ["certificate"], "regions": {"localhost": {}}},
       "maas-one": {"defined": "local", "type": "maas", "description": "Metal As A Service",
                    "auth-types": ["oauth1"], "endpoint": "http://10.0.0.2:5240/MAAS",
                    "credential-count": 1, "regions": {"default": {}}}}
      """;

  @Test
  void cloudsListFindsARegisteredCloudByName() {
    var clouds = JujuJson.tree(CLOUDS, "clouds");

    assertThat(JujuJson.cloud(clouds, "maas-one"))
        .hasValueSatisfying(
            c -> assertThat(c.path("endpoint").asText()).isEqualTo("http://10.0.0.2:5240/MAAS"));
    assertThat(JujuJson.cloud(clouds, "maas-two")).isEmpty();
  }

  @Test
  void credentialsListFindsAClientCredentialOfACloud() {
    var credentials =
        JujuJson.tree(
            """
            {"client-credentials": {"maas-one": {"default-credential": "anvil",
              "cloud-credentials": {"anvil": {"auth-type": "oauth1"}}}}}
            """,
            "credentials");

    assertThat(JujuJson.hasCredential(credentials, "maas-one", "anvil")).isTrue();
    assertThat(JujuJson.hasCredential(credentials, "maas-one", "hammer")).isFalse();
    assertThat(JujuJson.hasCredential(credentials, "maas-two", "anvil")).isFalse();
    assertThat(JujuJson.hasCredential(JujuJson.tree("{}", "credentials"), "maas-one", "anvil"))
        .isFalse();
  }

  @Test
  void modelsListMatchesShortAndQualifiedNames() {
    var models =
        JujuJson.tree(
            """
            {"models": [
              {"name": "admin/controller", "short-name": "controller", "is-controller": true},
              {"name": "admin/prom", "short-name": "prom", "model-type": "iaas", "life": "alive",
               "status": {"current": "available"}}],
             "current-model": "prom"}
            """,
            "models");

    assertThat(JujuJson.hasModel(models, "prom")).isTrue();
    assertThat(JujuJson.hasModel(models, "controller")).isTrue();
    assertThat(JujuJson.hasModel(models, "graf")).isFalse();
    assertThat(JujuJson.hasModel(JujuJson.tree("{\"models\": []}", "models"), "prom")).isFalse();
  }

  @Test
  void controllersListNamesEveryController() {
    var controllers =
        JujuJson.tree(
            """
            {"controllers": {"maas-controller": {"user": "admin", "cloud": "maas-one",
              "api-endpoints": ["10.10.1.5:17070"], "controller-machines": {"Active": 1, "Total": 1}}},
             "current-controller": "maas-controller"}
            """,
            "controllers");

    assertThat(JujuJson.controllerNames(controllers)).containsExactly("maas-controller");
    assertThat(JujuJson.controllerNames(JujuJson.tree("{\"controllers\": null}", "controllers")))
        .isEmpty();
  }

  @Test
  void showControllerGivesUuidCloudEndpointsMachineIdsAndModels() {
    var shown =
        JujuJson.tree(
            """
            {"maas-controller": {
              "details": {"uuid": "793d364b-1", "api-endpoints": ["10.10.1.5:17070"],
                          "cloud": "maas-one", "region": "default", "agent-version": "3.6.14",
                          "ca-cert": "-----BEGIN CERTIFICATE-----"},
              "controller-machines": {"1": {"instance-id": "b8c2d1"}, "0": {"instance-id": "a7tqn4"}},
              "models": {"prom": {"uuid": "m2", "machine-count": 2}, "controller": {"uuid": "m1"}},
              "current-model": "admin/prom",
              "account": {"user": "admin", "access": "superuser"}}}
            """,
            "show-controller");

    assertThat(JujuJson.controller(shown, "maas-controller"))
        .contains(
            new ControllerInfo(
                "maas-controller",
                "793d364b-1",
                "maas-one",
                "3.6.14",
                List.of("10.10.1.5:17070"),
                List.of("a7tqn4", "b8c2d1"),
                List.of("controller", "prom")));
    assertThat(JujuJson.controller(shown, "other")).isEmpty();
  }

  @Test
  void actionResultIsReadAndNestedResultsAreFlattened() {
    var run =
        JujuJson.tree(
            """
            {"grafana/0": {"id": "2", "results": {"password": "s3cr3t", "return-code": 0,
              "login": {"user": "admin"}}, "status": "completed", "unit": "grafana/0"}}
            """,
            "run");

    ActionResult result = JujuJson.actionResult(run, "grafana/0");

    assertThat(result.unit()).isEqualTo("grafana/0");
    assertThat(result.status()).isEqualTo("completed");
    assertThat(result.results())
        .containsEntry("password", "s3cr3t")
        .containsEntry("return-code", "0")
        .containsEntry("login.user", "admin");
    assertThat(result.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void actionResultForALeaderAliasIsTheOnlyEntry() {
    var run =
        JujuJson.tree(
            "{\"mysql/0\": {\"id\": \"42\", \"results\": {\"username\": \"user\"},"
                + " \"status\": \"completed\"}}",
            "run");

    assertThat(JujuJson.actionResult(run, "mysql/leader").results())
        .containsEntry("username", "user");
  }

  @Test
  void unreadableJsonIsAJujuErrorThatDoesNotQuoteTheOutput() {
    assertThatThrownBy(() -> JujuJson.tree("password: hunter2", "run"))
        .isInstanceOf(JujuException.class)
        .hasMessageContaining("juju run printed JSON that could not be read")
        .hasMessageNotContaining("hunter2")
        .hasNoCause();
    assertThatThrownBy(() -> JujuJson.tree("", "status"))
        .isInstanceOf(JujuException.class)
        .hasMessageContaining("printed no JSON");
  }
}
