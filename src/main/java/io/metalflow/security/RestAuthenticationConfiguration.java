package io.metalflow.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication on the engine REST API ({@code /engine-rest/*}), against the engine's
 * users, so authorizations apply to every REST call; then, for authenticated calls and the webapps'
 * API ({@code /camunda/api/*}), the request limits of {@link RequestLimitFilter}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RestLimitsProperties.class)
class RestAuthenticationConfiguration {

  static final String WEBAPP_API = "/camunda/api/*";

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication(JerseyApplicationPath restPath) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("metalflow-engine-rest-auth");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(restPath.getUrlMapping());
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> engineRequestLimits(
      JerseyApplicationPath restPath, RestLimitsProperties limits) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new RequestLimitFilter(limits));
    registration.setName("metalflow-request-limits");
    registration.addUrlPatterns(restPath.getUrlMapping(), WEBAPP_API);
    registration.setOrder(2);
    return registration;
  }
}
