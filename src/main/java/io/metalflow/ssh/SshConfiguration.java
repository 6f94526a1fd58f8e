package io.metalflow.ssh;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SSH beans: one {@link SshCommandRunner} to the configured main host (connects lazily, closed
 * on shutdown) and the {@link RemoteJobs} built on it.
 */
@Configuration(proxyBeanMethods = false)
class SshConfiguration {

  @Bean(destroyMethod = "close")
  JschCommandRunner sshCommandRunner(SshProperties properties) {
    return new JschCommandRunner(properties);
  }

  @Bean
  RemoteJobs remoteJobs(SshCommandRunner sshCommandRunner, SshProperties properties) {
    return new ShellRemoteJobs(sshCommandRunner, properties.address(), properties.commandTimeout());
  }
}
