package io.metalflow;

import io.metalflow.lab.LabOnlyApplication;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Metalflow: bare-metal deployments (MAAS + Juju) as long-running Camunda 7 processes. With {@code
 * --lab-only} it runs only the embedded lab (see {@link LabOnlyApplication}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MetalflowApplication {

  public static void main(String[] args) throws InterruptedException {
    if (Arrays.asList(args).contains("--lab-only")) {
      LabOnlyApplication.run(args);
      return;
    }
    SpringApplication.run(MetalflowApplication.class, args);
  }
}
