package io.metalflow.telemetry;

import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The telemetry beans: the two instrumenting post-processors (MAAS HTTP client, SSH runners), the
 * Camunda meter binder and the {@code mainHost} health indicator.
 */
@Configuration(proxyBeanMethods = false)
class TelemetryConfiguration {

  @Bean
  static MaasHttpClientInstrumenter maasHttpClientInstrumenter(
      ObjectProvider<MeterRegistry> registry) {
    return new MaasHttpClientInstrumenter(registry);
  }

  @Bean
  static SshRunnerInstrumenter sshRunnerInstrumenter(ObjectProvider<MeterRegistry> registry) {
    return new SshRunnerInstrumenter(registry);
  }

  @Bean
  CamundaMetrics camundaMetrics(
      RuntimeService runtime,
      ManagementService management,
      TaskService tasks,
      RepositoryService repository,
      HistoryService history,
      TelemetryProperties properties) {
    Clock clock = Clock.systemUTC();
    return new CamundaMetrics(
        new EngineQueries(runtime, management, tasks, repository),
        new ProcessDurations(history, clock.instant()),
        clock,
        properties.camundaRefresh());
  }

  @Bean
  MainHostHealthIndicator mainHostHealthIndicator(
      SshCommandRunner sshCommandRunner, SshProperties ssh, TelemetryProperties properties) {
    return new MainHostHealthIndicator(
        sshCommandRunner,
        ssh.address(),
        properties.mainHostTimeout(),
        Clock.systemUTC(),
        properties.mainHostCache());
  }
}
