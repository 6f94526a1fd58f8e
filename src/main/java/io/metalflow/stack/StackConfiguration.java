package io.metalflow.stack;

import io.metalflow.juju.JujuCli;
import io.metalflow.ssh.SshCommandRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The stack check bean: {@link TunnelStackVerifier} over the juju client and the SSH runner. */
@Configuration(proxyBeanMethods = false)
class StackConfiguration {

  @Bean
  StackVerifier stackVerifier(JujuCli juju, SshCommandRunner ssh) {
    return new TunnelStackVerifier(juju, ssh);
  }
}
