package io.metalflow.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.maas.MaasClient;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.CommandResult;
import io.metalflow.ssh.SshCommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    properties = {
      "metalflow.lab.enabled=true",
      "metalflow.lab.maas.port=0",
      "metalflow.lab.main-host.port=0",
      "metalflow.lab.time-scale=0",
      "camunda.bpm.job-execution.enabled=false"
    })
class EmbeddedLabWiringTest {

  static Path dataDir;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) throws IOException {
    dataDir = Files.createTempDirectory("metalflow-lab-wiring");
    registry.add("metalflow.data-dir", dataDir::toString);
  }

  @Autowired MaasClient maas;
  @Autowired SshCommandRunner ssh;
  @Autowired EmbeddedLab lab;
  @Autowired Environment environment;

  @Test
  void theMaasClientTalksToTheLabOverHttpWithTheKeyTheLabWrote() {
    assertThat(maas.machines(MachineQuery.all()))
        .extracting(m -> m.hostname())
        .containsExactly("server1", "server2", "server3", "server4", "server5");
    assertThat(maas.machines(MachineQuery.all().withStatuses(MachineStatus.READY))).hasSize(5);
    assertThat(dataDir.resolve("lab/maas-api-key")).exists();
  }

  @Test
  void theSshRunnerReachesTheMainHostAndVerifiesItsHostKey() {
    CommandResult result = ssh.run(List.of("/snap/bin/juju", "version"), Duration.ofSeconds(30));

    assertThat(result.exitCode()).isEqualTo(127);
    assertThat(result.stderr()).contains("not found");
    assertThat(readKnownHosts()).contains("[127.0.0.1]:" + lab.mainHost().port());
  }

  @Test
  void ephemeralPortsOfTheLabAreWhatTheClientsAreConfiguredWith() {
    assertThat(environment.getProperty("metalflow.maas.url"))
        .isEqualTo(lab.maas().url().toString());
    assertThat(environment.getProperty("metalflow.ssh.port", Integer.class))
        .isEqualTo(lab.mainHost().port())
        .isNotEqualTo(2222);
  }

  private static String readKnownHosts() {
    try {
      return Files.readString(dataDir.resolve("lab/known_hosts"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
