package io.metalflow.ssh;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The SSH beans: one {@link SshCommandRunner} to the configured main host (connects lazily, closed
 * on shutdown) and the {@link RemoteJobs} built on it. {@code metalflow.ssh.stop-grace} (default 60
 * s) is how long a stopped job (a timed-out {@code juju bootstrap}) gets after SIGINT to clean up
 * before SIGTERM.
 */
@Configuration(proxyBeanMethods = false)
class SshConfiguration {

  @Bean(destroyMethod = "close")
  JschCommandRunner sshCommandRunner(SshProperties properties) {
    return new JschCommandRunner(properties);
  }

  @Bean
  RemoteJobs remoteJobs(
      SshCommandRunner sshCommandRunner, SshProperties properties, Environment environment) {
    Duration stopGrace =
        Binder.get(environment)
            .bind("metalflow.ssh.stop-grace", Duration.class)
            .orElse(Duration.ofSeconds(60));
    return new ShellRemoteJobs(
        sshCommandRunner, properties.address(), properties.commandTimeout(), stopGrace);
  }
}
