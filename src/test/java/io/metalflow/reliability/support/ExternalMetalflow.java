package io.metalflow.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Metalflow in its own JVM, using a {@link Lab} (in another JVM or in the test's): the lab is off
 * in it, MAAS and SSH point at the lab's ports and files, the web server takes a free port (read
 * from its log), the admin password comes from {@code METALFLOW_ADMIN_PASSWORD}. {@link #start()}
 * waits until {@code /actuator/health} answers UP; it may be called again after {@link #stop()} or
 * {@link #kill()} and starts the same node on the same data directory and database.
 *
 * <p>Defaults for tests: H2 file database in the data directory, job lock time 20 s (a killed
 * node's jobs are taken again 20 s after it acquired them), the node's name as the engine's
 * hostname (it shows in the job log), health details shown (the job executor's lock owner).
 */
public final class ExternalMetalflow implements AutoCloseable {

  public static final String ADMIN = "admin";
  private static final Pattern STARTED = Pattern.compile("Tomcat started on port\\D*(\\d+)");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final JvmLauncher launcher;
  private final String name;
  private final Path dataDir;
  private final Map<String, String> properties;
  private final Map<String, String> env;

  /** Meets the engine's password policy (upper, lower, digit, special, 10+ characters). */
  private String password = "It-" + UUID.randomUUID();

  private String lockOwner;
  private ChildJvm jvm;
  private EngineRest rest;
  private int starts;

  private ExternalMetalflow(
      JvmLauncher launcher,
      String name,
      Path dataDir,
      Map<String, String> properties,
      Map<String, String> env) {
    this.launcher = launcher;
    this.name = name;
    this.dataDir = dataDir;
    this.properties = properties;
    this.env = env;
  }

  /**
   * A node named {@code name} with its own data directory, using {@code lab}; {@code extra}
   * properties override the defaults (e.g. {@code spring.profiles.active=postgres}). Not started.
   */
  public static ExternalMetalflow create(
      JvmLauncher launcher, String name, Path dataDir, Lab lab, Map<String, String> extra) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("metalflow.data-dir", dataDir.toString());
    p.putAll(lab.clientProperties());
    p.put("server.port", "0");
    p.put("server.address", "127.0.0.1");
    p.put("logging.file.name", dataDir.resolve("logs/" + name + ".log").toString());
    p.put("camunda.bpm.job-execution.lock-time-in-millis", "20000");
    p.put("camunda.bpm.generic-properties.properties.hostname", name);
    // The production default shows no health details; the test reads the job executor's lock
    // owner from them.
    p.put("management.endpoint.health.show-details", "always");
    p.putAll(extra);
    return new ExternalMetalflow(launcher, name, dataDir, p, new LinkedHashMap<>());
  }

  /** Adds an environment variable for the next starts (e.g. the database password). */
  public ExternalMetalflow withEnv(String key, String value) {
    env.put(key, value);
    return this;
  }

  /** Uses {@code value} as the admin password (nodes sharing one database need the same one). */
  public ExternalMetalflow withAdminPassword(String value) {
    password = value;
    return this;
  }

  public String adminPassword() {
    return password;
  }

  /** The job executor's lock owner ({@code ACT_RU_JOB.LOCK_OWNER_}) of the running JVM. */
  public String jobLockOwner() {
    return lockOwner;
  }

  /** Starts the JVM and waits until it is healthy. */
  public ExternalMetalflow start() {
    if (jvm != null && jvm.isAlive()) {
      throw new IllegalStateException(name + " is already running");
    }
    List<String> args = new ArrayList<>();
    properties.forEach((k, v) -> args.add("--" + k + "=" + v));
    Map<String, String> environment = new LinkedHashMap<>(env);
    environment.put("METALFLOW_DATA_DIR", dataDir.toString());
    environment.put("METALFLOW_ADMIN_PASSWORD", password);
    starts++;
    jvm = launcher.start(name, args, environment, dataDir.resolve("logs/" + name + "-stdout.log"));
    try {
      int port = Integer.parseInt(jvm.awaitLine(STARTED, START_TIMEOUT).group(1));
      URI root = URI.create("http://127.0.0.1:" + port);
      awaitHealthy(root);
      rest = new EngineRest(root.resolve("/engine-rest"), ADMIN, password);
      return this;
    } catch (RuntimeException e) {
      jvm.kill();
      throw e;
    }
  }

  private void awaitHealthy(URI root) {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    String last = "";
    while (Instant.now().isBefore(deadline)) {
      if (!jvm.isAlive()) {
        throw new IllegalStateException(name + " exited before it was healthy" + jvm.tail());
      }
      try {
        HttpResponse<String> health =
            HTTP.send(
                HttpRequest.newBuilder(root.resolve("/actuator/health"))
                    .timeout(Duration.ofSeconds(30))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        last = health.statusCode() + " " + health.body();
        JsonNode body = health.statusCode() == 200 ? JSON.readTree(health.body()) : null;
        if (body != null && "UP".equals(body.path("status").asText())) {
          lockOwner = body.at("/components/jobExecutor/details/jobExecutor/lockOwner").asText(null);
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      Waits.sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(name + " not healthy: " + last + jvm.tail());
  }

  /** SIGTERM: a graceful shutdown (Spring closes the engine and the database). */
  public void stop() {
    jvm.stop(Duration.ofMinutes(1));
  }

  /** SIGKILL: no shutdown at all, as a power cut or the OOM killer would do. */
  public void kill() {
    jvm.kill();
  }

  public boolean isRunning() {
    return jvm != null && jvm.isAlive();
  }

  /** REST of the running JVM (a new port after each start). */
  public EngineRest rest() {
    if (rest == null) {
      throw new IllegalStateException(name + " was never started");
    }
    return rest;
  }

  public String name() {
    return name;
  }

  public int starts() {
    return starts;
  }

  public ChildJvm jvm() {
    return jvm;
  }

  @Override
  public void close() {
    if (isRunning()) {
      jvm.stop(Duration.ofSeconds(30));
    }
  }
}
