package io.metalflow.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import io.metalflow.ssh.SshTimeoutException;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class SshCommandMetricsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @Test
  void jujuCommandsAreTimedBySubCommandNeverByArguments() {
    // Given a runner answering everything with exit 0
    SshCommandRunner ssh = timed(ScriptedSsh.answering(0, "{}", ""));

    // When juju status runs twice with a controller and model, and juju version once
    ssh.run(List.of("/snap/bin/juju", "status", "-m", "secret-ctl:prod", "--format=json"), TIMEOUT);
    ssh.run(List.of("/snap/bin/juju", "status", "-m", "other-ctl:lab", "--format=json"), TIMEOUT);
    ssh.run(List.of("juju", "version"), TIMEOUT);

    // Then
    assertThat(timer("juju status", "success", "none").count()).isEqualTo(2);
    assertThat(timer("juju version", "success", "none").count()).isEqualTo(1);
    assertThat(tagValues()).noneMatch(v -> v.contains("ctl") || v.contains("prod"));
  }

  @Test
  void exitCodesAreClassified() {
    SshCommandRunner failing = timed(ScriptedSsh.answering(1, "", "ERROR model not found"));
    SshCommandRunner missing = timed(ScriptedSsh.answering(127, "", "sh: 1: juju: not found"));
    SshCommandRunner killed = timed(ScriptedSsh.answering(-1, "", ""));

    CommandResult result = failing.run(List.of("juju", "status"), TIMEOUT);
    missing.run(List.of("/snap/bin/juju", "version"), TIMEOUT);
    killed.run(List.of("sleep", "100"), TIMEOUT);

    assertThat(result.stderr()).isEqualTo("ERROR model not found");
    assertThat(timer("juju status", "failed", "none").count()).isEqualTo(1);
    assertThat(timer("juju version", "not_runnable", "none").count()).isEqualTo(1);
    assertThat(timer("sleep", "signal", "none").count()).isEqualTo(1);
  }

  @Test
  void anExceptionIsTimedWithItsTypeAndRethrownUnchanged() {
    SshTimeoutException timeout = new SshTimeoutException("127.0.0.1:2222", "timed out");
    SshCommandRunner ssh =
        timed(
            new ScriptedSsh(
                argv -> {
                  throw timeout;
                }));

    assertThatThrownBy(
            () -> ssh.run(List.of(".metalflow/bin/metalflow-run", "status", "boot-1"), TIMEOUT))
        .isSameAs(timeout);

    assertThat(timer("metalflow-run status", "exception", "SshTimeoutException").count())
        .isEqualTo(1);
  }

  @Test
  void programNamesOnlyComeFromTheCommandNeverFromArguments() {
    assertThat(SshPrograms.of(List.of("sudo", "snap", "install", "juju", "--channel", "3.6")))
        .isEqualTo("sudo snap");
    assertThat(SshPrograms.of(List.of("/snap/bin/juju", "--debug", "status"))).isEqualTo("juju");
    assertThat(SshPrograms.of(List.of(".metalflow/bin/metalflow-run", "start", "boot-1", "--")))
        .isEqualTo("metalflow-run start");
    assertThat(SshPrograms.of(List.of(".metalflow/bin/metalflow-run", "stop", "boot-1")))
        .isEqualTo("metalflow-run stop");
    assertThat(SshPrograms.of(List.of(".metalflow/bin/metalflow-run", "boot-1")))
        .isEqualTo("metalflow-run");
    assertThat(SshPrograms.of(List.of("echo", "ok"))).isEqualTo("echo");
    assertThat(SshPrograms.of(List.of("rm -rf /; x"))).isEqualTo("other");
    assertThat(SshPrograms.of(List.of())).isEqualTo("other");
  }

  @Test
  void everySshRunnerBeanIsDecoratedOnceAndStillDelegates() {
    ScriptedSsh raw = ScriptedSsh.answering(0, "ok\n", "");
    new ApplicationContextRunner()
        .withBean("sshCommandRunner", SshCommandRunner.class, () -> raw)
        .withUserConfiguration(SshWiring.class)
        .run(
            ctx -> {
              SshCommandRunner bean = ctx.getBean(SshCommandRunner.class);
              assertThat(bean).isInstanceOf(TimedSshCommandRunner.class);
              assertThat(((TimedSshCommandRunner) bean).delegate()).isSameAs(raw);

              assertThat(bean.run(List.of("echo", "ok"), TIMEOUT).stdout()).isEqualTo("ok\n");
              assertThat(raw.calls).containsExactly(List.of("echo", "ok"));
              assertThat(
                      ctx.getBean(MeterRegistry.class)
                          .get(TimedSshCommandRunner.NAME)
                          .tag("program", "echo")
                          .timer()
                          .count())
                  .isEqualTo(1);
            });
  }

  @Test
  void theOriginalRunnerIsStillClosedWhenTheContextCloses() {
    // Given a runner bean with a destroy method, as Metalflow's JSch runner is declared
    ClosableSsh raw = new ClosableSsh();
    new ApplicationContextRunner()
        .withBean(
            "sshCommandRunner",
            SshCommandRunner.class,
            () -> raw,
            definition -> definition.setDestroyMethodName("close"))
        .withUserConfiguration(SshWiring.class)
        .run(ctx -> assertThat(ctx.getBean(SshCommandRunner.class)).isNotSameAs(raw));

    // Then closing the context closed the wrapped runner
    assertThat(raw.closed).isTrue();
  }

  /** A runner that records being closed. */
  static final class ClosableSsh implements SshCommandRunner, AutoCloseable {

    private final ScriptedSsh inner = ScriptedSsh.answering(0, "", "");
    boolean closed;

    @Override
    public CommandResult run(List<String> argv, Duration timeout) {
      return inner.run(argv, timeout);
    }

    @Override
    public void upload(String remotePath, byte[] content, int mode) {}

    @Override
    public void remove(String remotePath) {}

    @Override
    public io.metalflow.ssh.SshTunnel openTunnel(String targetHost, int targetPort) {
      return inner.openTunnel(targetHost, targetPort);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private SshCommandRunner timed(SshCommandRunner runner) {
    return new TimedSshCommandRunner(runner, meters);
  }

  private Timer timer(String program, String outcome, String exception) {
    return meters
        .get(TimedSshCommandRunner.NAME)
        .tag("program", program)
        .tag("outcome", outcome)
        .tag("exception", exception)
        .timer();
  }

  private List<String> tagValues() {
    return meters.getMeters().stream()
        .map(Meter::getId)
        .flatMap(id -> id.getTags().stream())
        .map(Tag::getValue)
        .toList();
  }

  @Configuration(proxyBeanMethods = false)
  static class SshWiring {

    @Bean
    static SshRunnerInstrumenter sshRunnerInstrumenter(ObjectProvider<MeterRegistry> registry) {
      return new SshRunnerInstrumenter(registry);
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
