package io.metalflow.security;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Slf4jLogger;
import io.metalflow.MetalflowApplication;
import io.metalflow.lab.EmbeddedLab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Metalflow, started once per test JVM and shared by the security and hostile-input tests
 * (JUnit and jqwik alike, since jqwik does not run Spring's extension): the embedded lab on
 * ephemeral ports with no delays and machine addresses of its own, a temporary data directory, the
 * job executor on, HTTP and SSH logging at their most detailed, and three REST users: the admin, an
 * operator and a viewer.
 */
public final class RunningMetalflow {

  public static final String OPERATOR = "secoperator";
  public static final String VIEWER = "secviewer";

  private static RunningMetalflow instance;
  private static ProcessEngine displaced;

  private final ConfigurableApplicationContext context;
  private final Path dataDir;
  private final String operatorPassword = AdminPassword.random(20);
  private final String viewerPassword = AdminPassword.random(20);

  private RunningMetalflow(ConfigurableApplicationContext context, Path dataDir) {
    this.context = context;
    this.dataDir = dataDir;
  }

  /**
   * The running application, started on first use. Its engine is made the registered "default"
   * engine again each time: the REST API and the webapps look the engine up in Camunda's static
   * registry, where another Spring context of the same test JVM may have put its own.
   */
  public static synchronized RunningMetalflow get() {
    if (instance == null) {
      instance = start();
      instance.createUsers();
    }
    ProcessEngine mine = instance.bean(ProcessEngine.class);
    ProcessEngine current = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
    if (current != null && current != mine) {
      displaced = current;
    }
    ProcessEngines.registerProcessEngine(mine);
    return instance;
  }

  /**
   * Gives the "default" name back to the engine {@link #get()} displaced (another test context's),
   * so test classes running later against that context reach their own engine. Call after each test
   * class ({@link Lease} does).
   */
  public static synchronized void release() {
    if (displaced != null) {
      ProcessEngines.registerProcessEngine(displaced);
      displaced = null;
    }
  }

  /** {@code @ExtendWith(RunningMetalflow.Lease.class)}: the app's engine is "default" meanwhile. */
  public static final class Lease implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
      get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
      release();
    }
  }

  private static RunningMetalflow start() {
    Path dataDir = tempDir();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String prefix = "127." + random.nextInt(100, 200) + "." + random.nextInt(1, 250) + ".";
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--metalflow.data-dir=" + dataDir);
    args.add("--logging.file.name=" + dataDir.resolve("logs/metalflow.log"));
    args.add("--metalflow.lab.enabled=true");
    args.add("--metalflow.lab.maas.port=0");
    args.add("--metalflow.lab.main-host.port=0");
    args.add("--metalflow.lab.time-scale=0");
    args.add("--metalflow.lab.address-prefix=" + prefix);
    args.add("--camunda.bpm.job-execution.enabled=true");
    args.add("--metalflow.maas.log-level=HEADERS");
    args.add("--logging.level.io.metalflow=DEBUG");
    args.add("--logging.level.io.metalflow.maas.http=TRACE");
    args.add("--logging.level.io.metalflow.ssh=TRACE");
    args.add("--logging.level.io.metalflow.juju=TRACE");
    args.add("--logging.level.com.jcraft.jsch=TRACE");
    args.add("--spring.main.banner-mode=off");
    // JSch logs nowhere by default; route it to SLF4J so its log is scanned too.
    JSch.setLogger(new Slf4jLogger());
    SpringApplication app = new SpringApplication(MetalflowApplication.class);
    return new RunningMetalflow(app.run(args.toArray(String[]::new)), dataDir);
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("metalflow-security").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void createUsers() {
    IdentityService identity = bean(IdentityService.class);
    createUser(identity, OPERATOR, operatorPassword, GroupGrants.OPERATORS);
    createUser(identity, VIEWER, viewerPassword, GroupGrants.VIEWERS);
  }

  private static void createUser(
      IdentityService identity, String id, String password, String group) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setPassword(password);
    user.setFirstName(id);
    user.setLastName("Test");
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public ConfigurableApplicationContext context() {
    return context;
  }

  public int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  public Path dataDir() {
    return dataDir;
  }

  public Path logFile() {
    return dataDir.resolve("logs/metalflow.log");
  }

  public EmbeddedLab lab() {
    return bean(EmbeddedLab.class);
  }

  public String adminPassword() {
    try {
      return Files.readString(dataDir.resolve(AdminPassword.FILE_NAME)).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String operatorPassword() {
    return operatorPassword;
  }

  String viewerPassword() {
    return viewerPassword;
  }

  /** REST as the admin. */
  public Rest admin() {
    return new Rest(baseUrl(), "admin", adminPassword());
  }

  /** REST as a member of {@code operators}. */
  public Rest operator() {
    return new Rest(baseUrl(), OPERATOR, operatorPassword);
  }

  /** REST as a member of {@code viewers}. */
  public Rest viewer() {
    return new Rest(baseUrl(), VIEWER, viewerPassword);
  }

  /** REST without credentials. */
  public Rest anonymous() {
    return new Rest(baseUrl(), null, null);
  }
}
