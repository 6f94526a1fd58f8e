package io.metalflow.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class SshConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
          .withUserConfiguration(Wiring.class);

  @Test
  void propertiesBindWithDefaultsAndBeansAreCreatedWithoutConnecting() {
    context
        .withPropertyValues(
            "metalflow.ssh.host=127.0.0.1",
            "metalflow.ssh.port=2222",
            "metalflow.ssh.user=ubuntu",
            "metalflow.ssh.private-key-file=/nonexistent/id_ed25519",
            "metalflow.ssh.known-hosts-file=/nonexistent/known_hosts")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed();
              SshProperties properties = ctx.getBean(SshProperties.class);
              assertThat(properties.poolSize()).isEqualTo(4);
              assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
              assertThat(properties.commandTimeout()).isEqualTo(Duration.ofSeconds(60));
              assertThat(properties.privateKeyFile()).isEqualTo(Path.of("/nonexistent/id_ed25519"));
              assertThat(ctx).hasSingleBean(SshCommandRunner.class);
              assertThat(ctx).hasSingleBean(RemoteJobs.class);
            });
  }

  @Test
  void runnerIsClosedWhenTheContextCloses() {
    var runner = new java.util.concurrent.atomic.AtomicReference<SshCommandRunner>();
    context
        .withPropertyValues(
            "metalflow.ssh.host=127.0.0.1",
            "metalflow.ssh.user=ubuntu",
            "metalflow.ssh.private-key-file=/k",
            "metalflow.ssh.known-hosts-file=/h")
        .run(ctx -> runner.set(ctx.getBean(SshCommandRunner.class)));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> runner.get().run(java.util.List.of("true"), Duration.ofSeconds(1)))
        .isInstanceOf(SshException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aStopGraceUnderOneSecondFailsAtStartup() {
    context
        .withPropertyValues(
            "metalflow.ssh.host=127.0.0.1",
            "metalflow.ssh.user=ubuntu",
            "metalflow.ssh.private-key-file=/k",
            "metalflow.ssh.known-hosts-file=/h",
            "metalflow.ssh.stop-grace=500ms")
        .run(
            ctx ->
                assertThat(ctx)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("a stop grace needs at least one second"));
    context
        .withPropertyValues(
            "metalflow.ssh.host=127.0.0.1",
            "metalflow.ssh.user=ubuntu",
            "metalflow.ssh.private-key-file=/k",
            "metalflow.ssh.known-hosts-file=/h",
            "metalflow.ssh.stop-grace=5s")
        .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(RemoteJobs.class));
  }

  @Test
  void missingHostOrBadPoolSizeFailsAtStartup() {
    context
        .withPropertyValues(
            "metalflow.ssh.user=ubuntu",
            "metalflow.ssh.pool-size=0",
            "metalflow.ssh.private-key-file=/k",
            "metalflow.ssh.known-hosts-file=/h")
        .run(
            ctx ->
                assertThat(ctx)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("host")
                    .hasMessageContaining("poolSize"));
  }

  @Test
  void noPropertyCanSwitchOffHostKeyChecking() {
    assertThat(SshProperties.class.getRecordComponents())
        .extracting(c -> c.getName().toLowerCase())
        .noneMatch(n -> n.contains("strict") || n.contains("accept") || n.contains("insecure"));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(SshProperties.class)
  @Import(SshConfiguration.class)
  static class Wiring {}
}
