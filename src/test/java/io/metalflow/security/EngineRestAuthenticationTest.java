package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"metalflow.lab.enabled=false", "camunda.bpm.job-execution.enabled=false"})
class EngineRestAuthenticationTest {

  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("metalflow-security-test");
    registry.add("metalflow.data-dir", dataDir::toString);
  }

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired AuthorizationService authorizations;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void restWithoutCredentialsIsRefused() throws Exception {
    assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
  }

  @Test
  void restWithAWrongPasswordIsRefused() throws Exception {
    assertThat(
            get("/engine-rest/process-definition", basic("admin", "not-the-password")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void restWithTheGeneratedAdminPasswordAnswers() throws Exception {
    String password = Files.readString(dataDir.resolve("admin-password")).strip();

    HttpResponse<String> response =
        get("/engine-rest/process-definition", basic("admin", password));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void generatedPasswordFileIsReadableByTheOwnerOnly() throws Exception {
    Set<PosixFilePermission> mode =
        Files.getPosixFilePermissions(dataDir.resolve("admin-password"));

    assertThat(mode)
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void operatorsAndViewersGroupsExistWithFittingAuthorizations() {
    assertThat(identity.createGroupQuery().groupIdIn("operators", "viewers").count()).isEqualTo(2);
    assertThat(
            authorizations.isUserAuthorized(
                null,
                java.util.List.of("operators"),
                Permissions.CREATE,
                Resources.PROCESS_INSTANCE))
        .isTrue();
    assertThat(
            authorizations.isUserAuthorized(
                null, java.util.List.of("viewers"), Permissions.CREATE, Resources.PROCESS_INSTANCE))
        .isFalse();
    assertThat(
            authorizations.isUserAuthorized(
                null, java.util.List.of("operators"), Permissions.CREATE, Resources.USER))
        .isFalse();
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
