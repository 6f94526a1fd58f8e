package io.metalflow.lab;

import java.util.concurrent.CountDownLatch;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --lab-only}: runs the lab alone (no engine, no web server), with its state on disk under
 * {@code $METALFLOW_DATA_DIR/lab}, until the process is stopped. Metalflow then runs separately
 * with {@code metalflow.lab.enabled=false} and finds the lab through the same data directory.
 */
public final class LabOnlyApplication {

  private LabOnlyApplication() {}

  public static void run(String[] args) throws InterruptedException {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(LabOnlyApplication.class)
            .web(WebApplicationType.NONE)
            .properties(
                "metalflow.lab.enabled=true",
                "logging.file.name=${metalflow.data-dir}/logs/lab.log")
            .run(args);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "lab-shutdown"));
    EmbeddedLab lab = context.getBean(EmbeddedLab.class);
    System.out.println(
        "Lab running: MAAS "
            + lab.maas().url()
            + " , main host ssh://ubuntu@"
            + lab.mainHost().host()
            + ":"
            + lab.mainHost().port()
            + " . Stop with Ctrl-C.");
    stopped.await();
    context.close();
  }
}
