package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningMetalflow.Lease.class)
class EngineRestAuthenticationTest {

  private static RunningMetalflow app;

  @BeforeAll
  static void start() {
    app = RunningMetalflow.get();
  }

  @Test
  void restWithoutCredentialsIsRefused() {
    assertThat(app.anonymous().get("/engine-rest/process-definition").status()).isEqualTo(401);
  }

  @Test
  void restWithAWrongPasswordIsRefused() {
    IdentityService identity = app.bean(IdentityService.class);
    User user = identity.newUser("secwrong");
    user.setPassword(AdminPassword.random(20));
    identity.saveUser(user);

    Rest wrong = new Rest(app.baseUrl(), "secwrong", "not-the-Passw0rd");

    assertThat(wrong.get("/engine-rest/process-definition").status()).isEqualTo(401);
  }

  @Test
  void restWithTheGeneratedAdminPasswordAnswers() {
    Rest.Reply response = app.admin().get("/engine-rest/process-definition");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void generatedPasswordFileIsReadableByTheOwnerOnly() throws Exception {
    Set<PosixFilePermission> mode =
        Files.getPosixFilePermissions(app.dataDir().resolve(AdminPassword.FILE_NAME));

    assertThat(mode)
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void operatorsAndViewersGroupsExistWithFittingAuthorizations() {
    IdentityService identity = app.bean(IdentityService.class);
    AuthorizationService authorizations = app.bean(AuthorizationService.class);

    assertThat(identity.createGroupQuery().groupIdIn("operators", "viewers").count()).isEqualTo(2);
    assertThat(
            authorizations.isUserAuthorized(
                null, List.of("operators"), Permissions.CREATE, Resources.PROCESS_INSTANCE))
        .isTrue();
    assertThat(
            authorizations.isUserAuthorized(
                null, List.of("viewers"), Permissions.CREATE, Resources.PROCESS_INSTANCE))
        .isFalse();
    assertThat(
            authorizations.isUserAuthorized(
                null, List.of("operators"), Permissions.CREATE, Resources.USER))
        .isFalse();
  }
}
