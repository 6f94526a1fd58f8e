package io.metalflow.lab;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded lab before any bean exists when {@code metalflow.lab.enabled} is true, and
 * puts the lab's addresses, key file and SSH files first among the property sources, so the
 * ordinary MAAS and SSH configuration points at it (ports may be 0: the real ones are used). The
 * lab is the bean {@code embeddedLab} and stops with the context.
 */
public class LabInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static final Logger log = LoggerFactory.getLogger(LabInitializer.class);

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment env = context.getEnvironment();
    Binder binder = Binder.get(env);
    LabProperties lab = binder.bindOrCreate("metalflow.lab", LabProperties.class);
    if (!lab.enabled()) {
      return;
    }
    Path dataDir = binder.bind("metalflow.data-dir", Path.class).orElse(Path.of("data"));
    EmbeddedLab running = EmbeddedLab.start(lab, dataDir.toAbsolutePath());
    env.getPropertySources()
        .addFirst(new MapPropertySource("metalflowEmbeddedLab", running.clientProperties()));
    context.getBeanFactory().registerSingleton("embeddedLab", running);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent closed
              && closed.getApplicationContext() == context) {
            running.close();
          }
        });
    log.info(
        "Lab started: MAAS {} , main host ssh://ubuntu@{}:{} (machines {}, time scale {})",
        running.maas().url(),
        running.mainHost().host(),
        running.mainHost().port(),
        lab.maas().machines(),
        lab.timeScale());
  }
}
