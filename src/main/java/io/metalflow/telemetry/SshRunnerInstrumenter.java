package io.metalflow.telemetry;

import io.metalflow.ssh.SshCommandRunner;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps every {@link SshCommandRunner} bean in a {@link TimedSshCommandRunner}, so whoever injects
 * the runner (juju client, remote jobs, stack verifier, health) is measured. The bean's destroy
 * method still runs on the original runner (Spring registers the raw instance for destruction).
 * Without a {@link MeterRegistry} nothing changes.
 */
final class SshRunnerInstrumenter implements BeanPostProcessor {

  private final ObjectProvider<MeterRegistry> registry;

  SshRunnerInstrumenter(ObjectProvider<MeterRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof SshCommandRunner runner) || bean instanceof TimedSshCommandRunner) {
      return bean;
    }
    MeterRegistry meters = registry.getIfAvailable();
    return meters == null ? bean : new TimedSshCommandRunner(runner, meters);
  }
}
