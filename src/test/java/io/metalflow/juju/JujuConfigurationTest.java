package io.metalflow.juju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.maas.MaasApiKey;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.ssh.SshCommandRunner;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link JujuCli} bean built from {@code metalflow.juju.*} and the SSH beans. */
class JujuConfigurationTest {

  private final ScriptedRunner runner = new ScriptedRunner();
  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withUserConfiguration(JujuConfiguration.class)
          .withBean(SshCommandRunner.class, () -> runner)
          .withBean(RemoteJobs.class, RecordingJobs::new);

  @Configuration(proxyBeanMethods = false)
  static class KeyConfiguration {
    @Bean
    Supplier<MaasApiKey> maasApiKey() {
      return () -> CliFixture.KEY;
    }
  }

  @Test
  void configuredBinaryTimeoutAndSshLoginAreUsed() {
    context
        .withPropertyValues(
            "metalflow.juju.binary=/usr/local/bin/juju",
            "metalflow.juju.command-timeout=30s",
            "metalflow.ssh.user=ops",
            "metalflow.ssh.host=127.0.0.1")
        .run(
            ctx -> {
              runner.ok("3.6.14-genericlinux-amd64\n", "/usr/local/bin/juju", "version");

              assertThat(ctx.getBean(JujuCli.class).version())
                  .contains("3.6.14-genericlinux-amd64");
              assertThat(runner.commands)
                  .containsExactly(List.of("/usr/local/bin/juju", "version"));
              assertThat(runner.timeouts).containsExactly(Duration.ofSeconds(30));
              assertThat(ctx.getBean(JujuProperties.class).snapChannel()).isEqualTo("3.6");
            });
  }

  @Test
  void defaultsAreTheSnapBinaryAndChannel36() {
    context.run(
        ctx ->
            assertThat(ctx.getBean(JujuProperties.class))
                .isEqualTo(new JujuProperties("/snap/bin/juju", "3.6", Duration.ofMinutes(2))));
  }

  @Test
  void apiKeyComesFromTheSupplierBean() {
    context
        .withUserConfiguration(KeyConfiguration.class)
        .run(
            ctx -> {
              runner.ok("{}", "credentials").ok("", "add-credential");

              ctx.getBean(JujuCli.class).ensureCredential("maas-one", "anvil");

              assertThat(runner.uploads.get(0).content()).contains(CliFixture.KEY.reveal());
            });
  }

  @Test
  void withoutAKeySupplierAddingACredentialIsAClearError() {
    context.run(
        ctx -> {
          runner.ok("{}", "credentials");

          assertThatThrownBy(() -> ctx.getBean(JujuCli.class).ensureCredential("maas-one", "anvil"))
              .isInstanceOf(JujuException.class)
              .hasMessageContaining("no MAAS API key");
        });
  }

  @Test
  void binaryWithShellSyntaxStopsTheApplication() {
    context
        .withPropertyValues("metalflow.juju.binary=juju; reboot")
        .run(ctx -> assertThat(ctx).hasFailed());
  }
}
