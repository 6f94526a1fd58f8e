package io.metalflow.juju;

import io.metalflow.maas.MaasApiKey;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.ssh.SshCommandRunner;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Creates the {@link JujuCli} bean. The MAAS API key comes from a {@code Supplier<MaasApiKey>} bean
 * (provided by the maas package), looked up only when a credential is added; without one, {@code
 * ensureCredential} fails with a clear {@link JujuException}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JujuProperties.class)
class JujuConfiguration {

  @Bean
  JujuCli jujuCli(
      SshCommandRunner runner,
      RemoteJobs jobs,
      ObjectProvider<Supplier<MaasApiKey>> apiKeys,
      JujuProperties properties,
      Environment environment) {
    Supplier<MaasApiKey> apiKey =
        () ->
            apiKeys
                .getIfAvailable(
                    () ->
                        () -> {
                          throw new JujuException(
                              "no MAAS API key is available: no Supplier<MaasApiKey> bean is defined");
                        })
                .get();
    String login =
        environment.getProperty("metalflow.ssh.user", "ubuntu")
            + "@"
            + environment.getProperty("metalflow.ssh.host", "main-host");
    return new SshJujuCli(runner, jobs, apiKey, properties, login);
  }
}
