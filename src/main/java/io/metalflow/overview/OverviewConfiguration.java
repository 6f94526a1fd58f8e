package io.metalflow.overview;

import io.metalflow.juju.JujuCli;
import io.metalflow.maas.MaasClient;
import jakarta.servlet.Filter;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The lab view: the overview bean, the guard on {@code /lab/api/*}, and {@code /lab} and {@code
 * /lab/} serving the static page {@code static/lab/index.html}.
 */
@Configuration(proxyBeanMethods = false)
class OverviewConfiguration implements WebMvcConfigurer {

  static final String API_PATTERN = "/lab/api/*";

  @Bean
  LabOverview labOverview(
      MaasClient maasClient,
      JujuCli jujuCli,
      ProcessEngine engine,
      CamundaBpmProperties camunda,
      OverviewProperties properties) {
    Clock clock = Clock.systemUTC();
    String cockpit =
        camunda.getWebapp().getApplicationPath()
            + "/app/cockpit/"
            + engine.getName()
            + "/#/process-instance/";
    JujuTargets targets =
        new JujuTargets(
            engine.getRuntimeService(), engine.getHistoryService(), clock, properties.recent());
    return new LabOverview(
        new MachinesSection(maasClient),
        new JujuSection(jujuCli, targets),
        new ProcessesSection(engine.getRuntimeService(), engine.getRepositoryService(), cockpit),
        clock,
        properties.cacheFor());
  }

  @Bean
  FilterRegistrationBean<Filter> labApiAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new LabApiAuthentication(engine));
    registration.setName("metalflow-lab-api-auth");
    registration.addInitParameter(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns(API_PATTERN);
    registration.setOrder(1);
    return registration;
  }

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/lab", "/lab/");
    registry.addViewController("/lab/").setViewName("forward:/lab/index.html");
  }
}
