package io.metalflow.telemetry;

import io.micrometer.core.instrument.MeterRegistry;
import okhttp3.OkHttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Adds {@link MaasRequestMetrics} as the last application interceptor of the {@code maasHttpClient}
 * bean (after retry, signing and logging, so every attempt is timed). The client is rebuilt with
 * {@link OkHttpClient#newBuilder()}, which keeps its timeouts, dispatcher and connection pool.
 * Other OkHttp clients are left alone; without a {@link MeterRegistry} nothing changes.
 */
final class MaasHttpClientInstrumenter implements BeanPostProcessor {

  static final String BEAN_NAME = "maasHttpClient";

  private final ObjectProvider<MeterRegistry> registry;

  MaasHttpClientInstrumenter(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!BEAN_NAME.equals(beanName) || !(bean instanceof OkHttpClient client)) {
      return bean;
    }
    MeterRegistry meters = registry.getIfAvailable();
    if (meters == null) {
      return bean;
    }
    return client.newBuilder().addInterceptor(new MaasRequestMetrics(meters)).build();
  }
}
