package io.metalflow.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.metalflow.lab.maas.MaasLabSettings;
import io.metalflow.lab.maas.MaasSimulator;
import io.metalflow.maas.AllocateRequest;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MaasNotFoundException;
import io.metalflow.maas.MaasTransportException;
import io.metalflow.maas.MaasUnavailableException;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The MAAS timer on the real {@code maasHttpClient} bean (Metalflow's own MAAS wiring plus the
 * instrumenter), over real HTTP against the MAAS simulator.
 */
class MaasRequestMetricsTest {

  private MaasSimulator lab;

  @BeforeEach
  void startLab() {
    lab = MaasSimulator.start(MaasLabSettings.zeroDelay());
  }

  @AfterEach
  void stopLab() {
    lab.close();
  }

  @Test
  void eachCallIsTimedUnderItsPathTemplateNeverItsSystemId() {
    withClient(
        lab.url().toString(),
        (maas, meters) -> {
          // Given the reference lab
          List<Machine> machines = maas.machines(MachineQuery.all());
          String systemId = machines.get(0).systemId();

          // When reading one machine twice and allocating one
          maas.machine(systemId);
          maas.machine(systemId);
          Machine allocated =
              maas.allocate(AllocateRequest.withTags(List.of(), "telemetry-test", "metrics"));

          // Then each is counted under its template, with method, status and outcome
          assertThat(timer(meters, "GET", "machines/", "200").count()).isEqualTo(1);
          assertThat(timer(meters, "GET", "machines/{id}/", "200").count()).isEqualTo(2);
          Timer allocate = timer(meters, "POST", "machines/?op=allocate", "200");
          assertThat(allocate.count()).isEqualTo(1);
          assertThat(allocate.getId().getTag("outcome")).isEqualTo("SUCCESS");
          assertThat(allocate.getId().getTag("exception")).isEqualTo("none");
          assertThat(allocate.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
          assertThat(tagValues(meters))
              .noneMatch(v -> v.contains(systemId) || v.contains(allocated.systemId()));
        });
  }

  @Test
  void anErrorAnswerIsTimedWithItsStatusAndOutcome() {
    withClient(
        lab.url().toString(),
        (maas, meters) -> {
          assertThatThrownBy(() -> maas.machine("nosuch"))
              .isInstanceOf(MaasNotFoundException.class);

          Timer notFound = timer(meters, "GET", "machines/{id}/", "404");
          assertThat(notFound.count()).isEqualTo(1);
          assertThat(notFound.getId().getTag("outcome")).isEqualTo("CLIENT_ERROR");
        });
  }

  @Test
  void everyRetriedAttemptOfA503IsCounted() {
    withClient(
        lab.url().toString(),
        (maas, meters) -> {
          // Given MAAS answering every call 503 and a client retrying twice
          lab.faults().setUnavailableRate(1.0);

          assertThatThrownBy(() -> maas.machines(MachineQuery.all()))
              .isInstanceOf(MaasUnavailableException.class);

          // Then the three attempts are three timings
          Timer unavailable = timer(meters, "GET", "machines/", "503");
          assertThat(unavailable.count()).isEqualTo(3);
          assertThat(unavailable.getId().getTag("outcome")).isEqualTo("SERVER_ERROR");
        });
  }

  @Test
  void aConnectionFailureIsTimedAsIoErrorWithTheExceptionType() throws IOException {
    withClient(
        "http://127.0.0.1:" + closedPort() + "/MAAS",
        (maas, meters) -> {
          assertThatThrownBy(maas::whoami).isInstanceOf(MaasTransportException.class);

          Timer failed = timer(meters, "GET", "users/?op=whoami", "IO_ERROR");
          assertThat(failed.count()).isEqualTo(3);
          assertThat(failed.getId().getTag("outcome")).isEqualTo("UNKNOWN");
          assertThat(failed.getId().getTag("exception")).isEqualTo("ConnectException");
        });
  }

  private interface ClientCheck {
    void accept(MaasClient maas, MeterRegistry meters);
  }

  private void withClient(String url, ClientCheck check) {
    new ApplicationContextRunner()
        .withUserConfiguration(MaasWiring.class)
        .withPropertyValues(
            "metalflow.maas.url=" + url,
            "metalflow.maas.api-key=" + lab.apiKey(),
            "metalflow.maas.max-retries=2",
            "metalflow.maas.retry-backoff=10ms",
            "metalflow.maas.max-retry-wait=10ms",
            "metalflow.maas.connect-timeout=2s")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed();
              check.accept(ctx.getBean(MaasClient.class), ctx.getBean(MeterRegistry.class));
            });
  }

  private static Timer timer(MeterRegistry meters, String method, String operation, String status) {
    return meters
        .get(MaasRequestMetrics.NAME)
        .tag("method", method)
        .tag("operation", operation)
        .tag("status", status)
        .timer();
  }

  private static List<String> tagValues(MeterRegistry meters) {
    return meters.getMeters().stream()
        .map(Meter::getId)
        .flatMap(id -> id.getTags().stream())
        .map(Tag::getValue)
        .toList();
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Metalflow's MAAS configuration as it is, plus the instrumenter and a registry. */
  @Configuration(proxyBeanMethods = false)
  @ComponentScan("io.metalflow.maas")
  static class MaasWiring {

    @Bean
    static MaasHttpClientInstrumenter maasHttpClientInstrumenter(
        ObjectProvider<MeterRegistry> registry) {
      return new MaasHttpClientInstrumenter(registry);
    }

    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
