package io.metalflow.maas;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The Spring wiring: properties, startup refusal of clear-text URLs, the beans. */
class MaasClientConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(MaasClientConfiguration.class);

  @Test
  void aLoopbackUrlStartsWithDefaultsAndTheBeans() {
    context
        .withPropertyValues(
            "metalflow.maas.url=http://127.0.0.1:5240/MAAS",
            "metalflow.maas.api-key-file=/var/lib/metalflow/lab/maas-api-key")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().hasSingleBean(MaasClient.class);
              assertThat(ctx).hasBean("maasHealthIndicator");
              MaasProperties properties = ctx.getBean(MaasProperties.class);
              assertThat(properties.apiKeyFile())
                  .isEqualTo(Path.of("/var/lib/metalflow/lab/maas-api-key"));
              assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
              assertThat(properties.readTimeout()).isEqualTo(Duration.ofSeconds(30));
              assertThat(properties.callTimeout()).isEqualTo(Duration.ofMinutes(2));
              assertThat(properties.maxRetries()).isEqualTo(4);
              assertThat(properties.maxRetryWait()).isEqualTo(Duration.ofSeconds(10));
              assertThat(properties.retryBackoff()).isEqualTo(Duration.ofSeconds(1));
              assertThat(properties.allowInsecureHttp()).isFalse();
              assertThat(properties.logLevel()).isEqualTo(HttpLoggingInterceptor.Level.BASIC);
            });
  }

  @Test
  void theSharedHttpClientHasExplicitTimeoutsAndIsOnlyInjectedByName() {
    context
        .withPropertyValues(
            "metalflow.maas.url=http://localhost:5240/MAAS",
            "metalflow.maas.connect-timeout=3s",
            "metalflow.maas.read-timeout=20s",
            "metalflow.maas.call-timeout=90s")
        .run(
            ctx -> {
              OkHttpClient http = ctx.getBean("maasHttpClient", OkHttpClient.class);
              assertThat(http.connectTimeoutMillis()).isEqualTo(3_000);
              assertThat(http.readTimeoutMillis()).isEqualTo(20_000);
              assertThat(http.callTimeoutMillis()).isEqualTo(90_000);
              assertThat(http.followRedirects()).isFalse();
              assertThat(http.interceptors())
                  .extracting(i -> i.getClass().getSimpleName())
                  .containsExactly(
                      "MaasRetryInterceptor", "MaasOAuth1Interceptor", "HttpLoggingInterceptor");
            });
  }

  @Test
  void anotherOkHttpClientBeanIsInjectedByTypeWithoutAmbiguity() {
    context
        .withUserConfiguration(OtherHttpUser.class)
        .withPropertyValues("metalflow.maas.url=http://localhost:5240/MAAS")
        .run(
            ctx ->
                assertThat(ctx.getBean(OtherHttpUser.Consumer.class).http())
                    .isSameAs(ctx.getBean("otherHttpClient"))
                    .isNotSameAs(ctx.getBean("maasHttpClient")));
  }

  /** Another package's HTTP client, injected by plain type. */
  @Configuration(proxyBeanMethods = false)
  static class OtherHttpUser {

    record Consumer(OkHttpClient http) {}

    @Bean
    OkHttpClient otherHttpClient() {
      return new OkHttpClient();
    }

    @Bean
    Consumer consumer(OkHttpClient http) {
      return new Consumer(http);
    }
  }

  @Test
  void theKeyComesFromTheEnvironmentVariableAndIsNeverPrinted() {
    context
        .withInitializer(
            ctx ->
                ctx.getEnvironment()
                    .getPropertySources()
                    .addFirst(
                        new SystemEnvironmentPropertySource(
                            "systemEnvironment",
                            Map.of("METALFLOW_MAAS_API_KEY", MaasClientFixture.KEY))))
        .withPropertyValues("metalflow.maas.url=http://127.0.0.1:5240/MAAS")
        .run(
            ctx -> {
              MaasProperties properties = ctx.getBean(MaasProperties.class);
              assertThat(properties.apiKey()).isEqualTo(MaasClientFixture.KEY);
              assertThat(ctx.getBean(MaasApiKeySource.class).get().tokenSecret())
                  .isEqualTo(MaasClientFixture.TOKEN_SECRET);
              assertThat(properties.toString())
                  .contains("apiKey=****")
                  .doesNotContain(MaasClientFixture.TOKEN_SECRET)
                  .doesNotContain(MaasClientFixture.CONSUMER_KEY);
            });
  }

  @Test
  void plainHttpToAnotherHostIsRefusedAtStartup() {
    context
        .withPropertyValues(
            "metalflow.maas.url=http://maas.lab.example:5240/MAAS",
            "metalflow.maas.api-key=" + MaasClientFixture.KEY)
        .run(
            ctx -> {
              assertThat(ctx).hasFailed();
              assertThat(ctx.getStartupFailure())
                  .rootCause()
                  .hasMessage(
                      "metalflow.maas.url http://maas.lab.example:5240 is plain HTTP to a host that"
                          + " is not loopback: the MAAS API key would cross the network in clear"
                          + " text. Use https://, or set metalflow.maas.allow-insecure-http=true"
                          + " to accept the risk.");
            });
  }

  @Test
  void allowingInsecureHttpStartsWithOneWarning() {
    Logger logger = (Logger) LoggerFactory.getLogger(MaasEndpoint.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      context
          .withPropertyValues(
              "metalflow.maas.url=http://10.20.0.2:5240/MAAS",
              "metalflow.maas.allow-insecure-http=true")
          .run(ctx -> assertThat(ctx).hasNotFailed().hasSingleBean(MaasClient.class));
    } finally {
      logger.detachAppender(appender);
    }
    assertThat(appender.list)
        .singleElement()
        .satisfies(
            event ->
                assertThat(event.getFormattedMessage())
                    .isEqualTo(
                        "metalflow.maas.allow-insecure-http=true: the MAAS API key is sent in"
                            + " clear text to http://10.20.0.2:5240"));
  }

  @Test
  void httpsToAnyHostStarts() {
    context
        .withPropertyValues("metalflow.maas.url=https://maas.lab.example:5443/MAAS")
        .run(ctx -> assertThat(ctx).hasNotFailed());
  }

  @Test
  void aMissingUrlOrANegativeTimeoutFailsStartup() {
    context.run(
        ctx ->
            assertThat(ctx.getStartupFailure())
                .hasStackTraceContaining("metalflow.maas")
                .hasStackTraceContaining("url"));
    context
        .withPropertyValues(
            "metalflow.maas.url=http://127.0.0.1:5240/MAAS", "metalflow.maas.read-timeout=-1s")
        .run(
            ctx ->
                assertThat(ctx.getStartupFailure())
                    .hasStackTraceContaining("metalflow.maas.read-timeout must be positive"));
    context
        .withPropertyValues(
            "metalflow.maas.url=http://127.0.0.1:5240/MAAS", "metalflow.maas.log-level=body")
        .run(
            ctx ->
                assertThat(ctx.getStartupFailure())
                    .hasStackTraceContaining("metalflow.maas.log-level BODY would log"));
  }
}
