package io.metalflow.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.autoconfigure.web.servlet.JerseyApplicationPath;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP Basic authentication on the engine REST API ({@code /engine-rest/*}), against the engine's
 * users, so authorizations apply to every REST call.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

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
}
