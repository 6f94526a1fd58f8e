package io.metalflow.ssh;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
      SshCommandRunner sshCommandRunner,
      SshProperties properties,
      @Value("${metalflow.ssh.stop-grace:60s}") Duration stopGrace) {
    return new ShellRemoteJobs(
        sshCommandRunner, properties.address(), properties.commandTimeout(), stopGrace);
  }
}
