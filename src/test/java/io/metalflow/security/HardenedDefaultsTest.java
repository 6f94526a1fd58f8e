package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.KeyPair;
import io.metalflow.maas.MaasProperties;
import io.metalflow.maas.OkHttpMaasClient;
import io.metalflow.security.Rest.Reply;
import io.metalflow.ssh.JschCommandRunner;
import io.metalflow.ssh.SshHostKeyException;
import io.metalflow.ssh.SshProperties;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The defaults docs/security.md promises, each shown on the running application. */
@ExtendWith(RunningMetalflow.Lease.class)
class HardenedDefaultsTest {

  private static final String JAVA_SERIALIZED_STRING = "rO0ABXQAA2FiYw==";

  private static RunningMetalflow app;

  @TempDir Path temp;

  @BeforeAll
  static void start() {
    app = RunningMetalflow.get();
    ProbeProcess.deploy(app);
  }

  @Test
  void aJavaSerializedVariableIsRefusedOverRestAndByTheEngine() {
    Reply rest =
        app.admin()
            .post(
                startProbe(),
                "{\"variables\":{\"x\":{\"value\":\""
                    + JAVA_SERIALIZED_STRING
                    + "\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.lang.String\","
                    + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}");
    Throwable engine =
        catchThrowable(
            () ->
                app.bean(RuntimeService.class)
                    .startProcessInstanceByKey(
                        ProbeProcess.KEY,
                        Variables.createVariables()
                            .putValueTyped(
                                "x",
                                Variables.serializedObjectValue(JAVA_SERIALIZED_STRING)
                                    .serializationDataFormat(SerializationDataFormats.JAVA)
                                    .objectTypeName("java.lang.String")
                                    .create())));

    assertThat(rest.status()).isEqualTo(400);
    assertThat(Json.read(rest.body()).path("message").asText())
        .isEqualTo("variable 'x': Java-serialized values are refused; send JSON");
    assertThat(engine)
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Java serialization format is prohibited");
  }

  @Test
  void objectVariablesAreRefusedOverRestAndTheEngineDeserializesNoUnlistedType() {
    Reply rest =
        app.admin()
            .post(
                startProbe(),
                "{\"variables\":{\"x\":{\"value\":\"{}\",\"type\":\"Object\",\"valueInfo\":"
                    + "{\"objectTypeName\":\"java.net.URL\",\"serializationDataFormat\":\"application/json\"}}}}");
    RuntimeService runtime = app.bean(RuntimeService.class);
    String id =
        runtime
            .startProcessInstanceByKey(
                ProbeProcess.KEY,
                Variables.createVariables()
                    .putValueTyped(
                        "x",
                        Variables.serializedObjectValue("\"http://192.0.2.1/\"")
                            .serializationDataFormat(SerializationDataFormats.JSON)
                            .objectTypeName("java.net.URL")
                            .create()))
            .getId();

    assertThat(rest.status()).isEqualTo(400);
    assertThat(rest.body()).contains("type Object is refused");
    assertThat(catchThrowable(() -> runtime.getVariable(id, "x")))
        .isInstanceOf(ProcessEngineException.class)
        .hasStackTraceContaining("not whitelisted for deserialization: [java.net.URL]");
  }

  @Test
  void webappApiCallsNeedTheCsrfToken() {
    String form = WebappSession.form(RunningMetalflow.VIEWER, app.viewerPassword());
    String count = "/camunda/api/engine/engine/default/process-instance/count";
    WebappSession withoutToken = new WebappSession(app.baseUrl());
    withoutToken.open("cockpit");
    WebappSession browser = new WebappSession(app.baseUrl());
    browser.open("cockpit");

    assertThat(withoutToken.post(WebappSession.LOGIN + "cockpit", form, false).status())
        .isEqualTo(403);
    assertThat(browser.post(WebappSession.LOGIN + "cockpit", form, true).status()).isEqualTo(200);
    // as the webapp does after a login: a read gives the new session its token
    assertThat(browser.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(200);
    assertThat(browser.post(count, "{}", true).status()).isEqualTo(200);
    assertThat(browser.post(count, "{}", false).status()).isEqualTo(403);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndTheWebappsSendSecurityHeaders() {
    Reply page = new WebappSession(app.baseUrl()).open("cockpit");

    List<String> cookies = page.headers().allValues("set-cookie");
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID="))
        .singleElement()
        .asString()
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax")
        .as("Secure only with METALFLOW_SECURE_COOKIES=true (HTTPS)")
        .doesNotContainPattern("(?i);\\s*Secure\\s*(;|$)");
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("XSRF-TOKEN="))
        .singleElement()
        .asString()
        .containsIgnoringCase("SameSite=Lax");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void theMainHostsKeyIsAlwaysVerified() throws Exception {
    SshProperties configured = app.bean(SshProperties.class);
    Path empty = Files.createFile(temp.resolve("known_hosts"));
    Path other = temp.resolve("other_known_hosts");
    Files.writeString(
        other, "[127.0.0.1]:" + configured.port() + " ssh-ed25519 " + otherHostKey() + "\n");

    for (Path knownHosts : List.of(empty, other)) {
      try (JschCommandRunner runner = new JschCommandRunner(with(configured, knownHosts))) {
        Throwable refused =
            catchThrowable(() -> runner.run(List.of("true"), Duration.ofSeconds(20)));

        assertThat(refused).as(knownHosts.toString()).isInstanceOf(SshHostKeyException.class);
        assertThat(((SshHostKeyException) refused).isRetryable()).isFalse();
      }
    }
    assertThat(Arrays.stream(SshProperties.class.getRecordComponents()).map(c -> c.getName()))
        .as("no setting turns host key checking off")
        .noneMatch(name -> name.toLowerCase().matches(".*(strict|accept|insecure|verify).*"));
  }

  @Test
  void thereIsNoDefaultPasswordAndTheGeneratedOneIsStrongAndOwnerOnly() throws Exception {
    IdentityService identity = app.bean(IdentityService.class);
    String password = app.adminPassword();

    assertThat(identity.createUserQuery().userIdIn("demo", "camunda", "john", "mary").count())
        .isZero();
    assertThat(password)
        .hasSizeGreaterThanOrEqualTo(20)
        .isNotIn("admin", "demo", "camunda", "password", "metalflow");
    assertThat(identity.checkPasswordAgainstPolicy(password).isValid()).isTrue();
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(app.dataDir().resolve("admin-password"))))
        .isEqualTo("rw-------");
  }

  @Test
  void weakPasswordsAreRefusedByThePasswordPolicy() {
    Reply policy = app.admin().get("/engine-rest/identity/password-policy");
    Reply weak =
        app.admin()
            .post(
                "/engine-rest/user/create",
                "{\"profile\":{\"id\":\"weakling\",\"firstName\":\"W\",\"lastName\":\"L\"},"
                    + "\"credentials\":{\"password\":\"secret\"}}");

    assertThat(policy.status()).isEqualTo(200);
    assertThat(policy.body()).contains("PASSWORD_POLICY_LENGTH");
    assertThat(weak.status()).isBetween(400, 599);
    assertThat(weak.body()).containsIgnoringCase("policy");
    assertThat(app.bean(IdentityService.class).createUserQuery().userId("weakling").count())
        .isZero();
  }

  @Test
  void aWrongPasswordDelaysTheNextLoginOfThatUser() {
    IdentityService identity = app.bean(IdentityService.class);
    String password = AdminPassword.random(20);
    User user = identity.newUser("seclocked");
    user.setPassword(password);
    identity.saveUser(user);
    Rest right = new Rest(app.baseUrl(), "seclocked", password);
    Rest wrong = new Rest(app.baseUrl(), "seclocked", password + "x");
    String path = "/engine-rest/process-definition/count";

    assertThat(wrong.get(path).status()).isEqualTo(401);
    assertThat(right.get(path).status()).as("locked right after a wrong password").isEqualTo(401);
    await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> right.get(path).status() == 200);
  }

  @Test
  void theH2ConsoleIsOff() {
    assertThat(app.anonymous().get("/h2-console").status()).isEqualTo(404);
    assertThat(app.anonymous().get("/h2-console/login.jsp").status()).isEqualTo(404);
  }

  @Test
  void actuatorExposesOnlyHealthInfoAndPrometheusAndHealthWithoutDetails() {
    Rest anonymous = app.anonymous();

    Reply health = anonymous.get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(Json.read(health.body()).path("status").asText()).isEqualTo("UP");
    assertThat(Json.read(health.body()).path("components").size()).isPositive();
    assertThat(health.body()).doesNotContain("details", app.dataDir().toString(), "H2");
    assertThat(anonymous.get("/actuator/info").status()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/prometheus").status()).isEqualTo(200);
    for (String hidden :
        List.of(
            "env",
            "beans",
            "configprops",
            "heapdump",
            "threaddump",
            "loggers",
            "mappings",
            "metrics",
            "scheduledtasks",
            "conditions",
            "caches")) {
      assertThat(anonymous.get("/actuator/" + hidden).status()).as(hidden).isEqualTo(404);
    }
    assertThat(anonymous.post("/actuator/shutdown", "{}").status()).isEqualTo(404);
  }

  @Test
  void theMaasKeyIsNeverSentOverPlainHttpToAHostThatIsNotLoopback() {
    assertThat(app.bean(MaasProperties.class).allowInsecureHttp()).isFalse();
    String key = "Zx8cV2bN5mQ1wE4rT7:Yu6iO9pA3sD0fG2hJ4:Kl1zX3cV5bN7mQ9wE2rT4yU6iO8pA0sD";

    Throwable refused = catchThrowable(() -> OkHttpMaasClient.create(remote(key, false)));
    ListAppender<ILoggingEvent> warnings = capture("io.metalflow.maas.MaasEndpoint");
    try {
      OkHttpMaasClient.create(remote(key, true));
    } finally {
      release("io.metalflow.maas.MaasEndpoint", warnings);
    }

    assertThat(refused)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("plain HTTP")
        .hasMessageContaining("metalflow.maas.allow-insecure-http=true");
    assertThat(String.valueOf(refused)).doesNotContain("Kl1zX3cV5bN7mQ9wE2rT4yU6iO8pA0sD");
    assertThat(warnings.list)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.getLevel()).isEqualTo(Level.WARN);
              assertThat(w.getFormattedMessage())
                  .contains("clear text", "192.0.2.10")
                  .doesNotContain("Kl1zX3cV5bN7mQ9wE2rT4yU6iO8pA0sD");
            });
  }

  private static MaasProperties remote(String key, boolean allowInsecure) {
    return new MaasProperties(
        URI.create("http://192.0.2.10:5240/MAAS"),
        key,
        null,
        null,
        null,
        null,
        0,
        null,
        null,
        allowInsecure,
        null);
  }

  private static ListAppender<ILoggingEvent> capture(String logger) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    ((Logger) LoggerFactory.getLogger(logger)).addAppender(appender);
    return appender;
  }

  private static void release(String logger, ListAppender<ILoggingEvent> appender) {
    ((Logger) LoggerFactory.getLogger(logger)).detachAppender(appender);
  }

  private static String startProbe() {
    return "/engine-rest/process-definition/key/" + ProbeProcess.KEY + "/start";
  }

  private static SshProperties with(SshProperties p, Path knownHosts) {
    return new SshProperties(
        p.host(),
        p.port(),
        p.user(),
        p.privateKeyFile(),
        knownHosts,
        p.connectTimeout(),
        p.commandTimeout(),
        1);
  }

  private static String otherHostKey() throws Exception {
    KeyPair pair = KeyPair.genKeyPair(new JSch(), KeyPair.ED25519);
    return Base64.getEncoder().encodeToString(pair.getPublicKeyBlob());
  }
}
