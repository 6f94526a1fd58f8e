package io.metalflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Metalflow: bare-metal deployments (MAAS + Juju) as long-running Camunda 7 processes. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MetalflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(MetalflowApplication.class, args);
  }
}
