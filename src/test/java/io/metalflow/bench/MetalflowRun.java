package io.metalflow.bench;

import io.metalflow.MetalflowApplication;
import io.metalflow.lab.EmbeddedLab;
import io.metalflow.maas.MaasClient;
import io.metalflow.ssh.SshCommandRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Metalflow application with its embedded lab, started like {@code mvn spring-boot:run} (H2
 * file database, job executor, REST API on an ephemeral port) in a fresh data directory, with the
 * client beans wrapped by {@link ClientTimings}.
 */
final class MetalflowRun implements AutoCloseable {

  private final LabSpec spec;
  private final ConfigurableApplicationContext context;
  private final ClientTimings timings;
  private final OpenTasks openTasks;
  private final EndedInstances ended;
  private final long startupMillis;

  private MetalflowRun(
      LabSpec spec,
      ConfigurableApplicationContext context,
      ClientTimings timings,
      OpenTasks openTasks,
      EndedInstances ended,
      long startupMillis) {
    this.spec = spec;
    this.context = context;
    this.timings = timings;
    this.openTasks = openTasks;
    this.ended = ended;
    this.startupMillis = startupMillis;
  }

  static MetalflowRun start(LabSpec spec, Path parent) {
    Path dataDir = dataDir(parent, spec.name());
    ClientTimings timings = new ClientTimings();
    OpenTasks openTasks = new OpenTasks();
    EndedInstances ended = new EndedInstances();
    String[] args =
        spec.properties(dataDir.toString()).entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    long start = System.nanoTime();
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(MetalflowApplication.class)
            .initializers(
                ctx -> {
                  ctx.getBeanFactory().addBeanPostProcessor(timings);
                  ctx.addApplicationListener(openTasks);
                  ctx.addApplicationListener(ended);
                })
            .run(args);
    return new MetalflowRun(
        spec, context, timings, openTasks, ended, (System.nanoTime() - start) / 1_000_000);
  }

  private static Path dataDir(Path parent, String name) {
    try {
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent.toAbsolutePath(), "data-" + name + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LabSpec spec() {
    return spec;
  }

  long startupMillis() {
    return startupMillis;
  }

  ClientTimings timings() {
    return timings;
  }

  OpenTasks openTasks() {
    return openTasks;
  }

  EndedInstances ended() {
    return ended;
  }

  EmbeddedLab lab() {
    return context.getBean(EmbeddedLab.class);
  }

  MaasClient maas() {
    return context.getBean(MaasClient.class);
  }

  SshCommandRunner ssh() {
    return context.getBean(SshCommandRunner.class);
  }

  RuntimeService runtime() {
    return context.getBean(RuntimeService.class);
  }

  TaskService tasks() {
    return context.getBean(TaskService.class);
  }

  HistoryService history() {
    return context.getBean(HistoryService.class);
  }

  ManagementService management() {
    return context.getBean(ManagementService.class);
  }

  int httpPort() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Override
  public void close() {
    context.close();
  }
}
