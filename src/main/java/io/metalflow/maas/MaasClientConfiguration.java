package io.metalflow.maas;

import okhttp3.OkHttpClient;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MAAS beans: the key source, one shared immutable {@link OkHttpClient} ({@code
 * maasHttpClient}, injected only by that name so other HTTP clients stay separate), the {@link
 * MaasClient} and the {@code maas} health indicator. Startup fails when {@code metalflow.maas.url}
 * is plain HTTP to a non-loopback host (see {@link MaasProperties}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MaasProperties.class)
class MaasClientConfiguration {

  @Bean
  MaasApiKeySource maasApiKeySource(MaasProperties properties) {
    return MaasApiKeySource.of(properties);
  }

  @Bean(defaultCandidate = false)
  OkHttpClient maasHttpClient(MaasProperties properties, MaasApiKeySource maasApiKeySource) {
    return MaasHttpClients.create(properties, maasApiKeySource);
  }

  @Bean
  MaasClient maasClient(
      MaasProperties properties,
      @Qualifier("maasHttpClient") OkHttpClient maasHttpClient,
      MaasApiKeySource maasApiKeySource) {
    return new OkHttpMaasClient(maasHttpClient, MaasEndpoint.apiRoot(properties), maasApiKeySource);
  }

  @Bean
  MaasHealthIndicator maasHealthIndicator(MaasClient maasClient, MaasProperties properties) {
    return new MaasHealthIndicator(maasClient, MaasEndpoint.display(properties.url()));
  }
}
