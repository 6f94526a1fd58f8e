package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.security.Rest.Reply;
import io.metalflow.security.RestSurface.Endpoint;
import jakarta.ws.rs.core.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every operation of the engine REST API and of the webapps' APIs, as the running
 * application's own JAX-RS resource model lists them, without credentials: each is refused. The few
 * public ones are Camunda's own whitelist and are named here (and in docs/security.md).
 */
@ExtendWith(RunningMetalflow.Lease.class)
class UnauthenticatedAccessTest {

  private static final String WEBAPP_ENGINE_API = "/camunda/api/engine";

  private static RunningMetalflow app;

  @BeforeAll
  static void start() {
    app = RunningMetalflow.get();
  }

  @Test
  void everyEngineRestOperationWithoutCredentialsIsRefusedWith401() {
    // Given every operation the running REST API serves
    List<Endpoint> operations = engineRestOperations();
    assertThat(operations)
        .hasSizeGreaterThan(300)
        .contains(
            new Endpoint("POST", "/process-definition/key/default/start"),
            new Endpoint("POST", "/task/default/complete"),
            new Endpoint("POST", "/user/create"),
            new Endpoint("POST", "/authorization/create"),
            new Endpoint("POST", "/deployment/create"));

    // When each is called without credentials, Then each is refused (only GET /engine is public)
    List<Reply> notRefused =
        callEach("/engine-rest", operations, app.anonymous(), status -> status != 401);
    assertThat(notRefused).singleElement().satisfies(isTheEngineList("/engine-rest/engine"));
  }

  @Test
  void everyEngineRestOperationWithAnUnknownUserIsRefusedWith401() {
    Rest intruder = new Rest(app.baseUrl(), "intruder", "Guessed-Passw0rd!");

    List<Reply> notRefused =
        callEach("/engine-rest", engineRestOperations(), intruder, status -> status != 401);

    assertThat(notRefused).singleElement().satisfies(isTheEngineList("/engine-rest/engine"));
  }

  @Test
  void everyOperationOfTheWebappsEngineApiWithoutASessionIsRefused() {
    List<Endpoint> operations = operations(new EngineRestApplication());
    assertThat(operations).hasSizeGreaterThan(300);

    List<Reply> notRefused =
        callEach(WEBAPP_ENGINE_API, operations, app.anonymous(), status -> !refused(status));

    assertThat(notRefused)
        .as("public in the webapps by design: the engine names and the password rules")
        .extracting(reply -> reply.method() + " " + reply.path())
        .containsExactlyInAnyOrder(
            "GET " + WEBAPP_ENGINE_API + "/engine",
            "GET " + WEBAPP_ENGINE_API + "/engine/default/identity/password-policy");
  }

  @Test
  void everyCockpitAdminTasklistAndWelcomeOperationWithoutASessionIsRefused() {
    List<Reply> notRefused = new ArrayList<>();
    List<String> walked = new ArrayList<>();
    int count = 0;
    for (var webapp :
        List.of(
            new Webapp("cockpit", new CockpitApplication()),
            new Webapp("admin", new AdminApplication()),
            new Webapp("tasklist", new TasklistApplication()),
            new Webapp("welcome", new WelcomeApplication()))) {
      List<Endpoint> operations = operations(webapp.application());
      count += operations.size();
      operations.forEach(
          op -> walked.add(op.method() + " /camunda/api/" + webapp.name() + op.path()));
      notRefused.addAll(
          callEach(
              "/camunda/api/" + webapp.name(),
              operations.stream().filter(op -> !isPublicByDesign(op)).toList(),
              app.anonymous(),
              status -> !refused(status)));
    }

    assertThat(count).isGreaterThan(15);
    assertThat(notRefused).isEmpty();
    assertThat(walked)
        .contains("GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics")
        .anyMatch(op -> op.startsWith("POST /camunda/api/admin/setup/default/user/create"));
  }

  @Test
  void theInitialSetupFormIsClosedOnceTheAdminExists() {
    Reply setup =
        app.anonymous()
            .post(
                "/camunda/api/admin/setup/default/user/create",
                "{\"profile\":{\"id\":\"eve\"},\"credentials\":{\"password\":\"Eve-Passw0rd!\"}}");

    assertThat(setup.status()).isIn(401, 403);
    assertThat(
            app.bean(org.camunda.bpm.engine.IdentityService.class)
                .createUserQuery()
                .userId("eve")
                .count())
        .isZero();
  }

  /**
   * Public in the webapps by design: static plugin files, login, logout, and "who am I", which
   * answers 404 without a session ({@link #whoAmIWithoutASessionIsNotFound}).
   */
  private static boolean isPublicByDesign(Endpoint op) {
    return op.path().contains("/static/")
        || op.path().equals("/auth/user/default/login/default")
        || op.path().equals("/auth/user/default/logout")
        || op.path().equals("/auth/user/default");
  }

  @Test
  void whoAmIWithoutASessionIsNotFound() {
    Reply whoAmI = app.anonymous().get("/camunda/api/admin/auth/user/default");

    assertThat(whoAmI.status()).isEqualTo(404);
    assertThat(whoAmI.body()).doesNotContain("userId");
  }

  private record Webapp(String name, Application application) {}

  private static List<Endpoint> engineRestOperations() {
    return RestSurface.of(app.bean(ResourceConfig.class).getClasses());
  }

  private static List<Endpoint> operations(Application application) {
    return RestSurface.of(application.getClasses());
  }

  private static boolean refused(int status) {
    return status == 401 || status == 403;
  }

  private static List<Reply> callEach(
      String prefix, List<Endpoint> operations, Rest client, Predicate<Integer> unexpected) {
    List<Reply> unexpectedReplies = new ArrayList<>();
    for (Endpoint op : operations) {
      String body = Set.of("POST", "PUT", "PATCH").contains(op.method()) ? "{}" : null;
      Reply reply =
          client.send(
              op.method(), prefix + op.path(), body, body == null ? null : "application/json");
      if (unexpected.test(reply.status())) {
        unexpectedReplies.add(reply);
      }
    }
    return unexpectedReplies;
  }

  private static java.util.function.Consumer<Reply> isTheEngineList(String path) {
    return reply -> {
      assertThat(reply.method() + " " + reply.path()).isEqualTo("GET " + path);
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.body()).isEqualTo("[{\"name\":\"default\"}]");
    };
  }
}
