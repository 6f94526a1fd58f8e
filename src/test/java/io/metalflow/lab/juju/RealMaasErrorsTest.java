package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bootstrap failures with the MAAS simulator's own answers, over the real client. */
class RealMaasErrorsTest {

  private static final String JUJU = "/snap/bin/juju";

  @TempDir Path dataDir;
  private RealMaas maas;
  private MainHostSimulator host;
  private LabSsh ssh;

  @BeforeEach
  void startLab() throws Exception {
    String prefix = LabFixtures.randomPrefix();
    maas = new RealMaas(dataDir, prefix);
    host =
        MainHostSimulator.start(
            LabFixtures.settings(dataDir, prefix).withMaasApiKey(maas.key()), maas.client);
    ssh = new LabSsh(host);
  }

  @AfterEach
  void stopLab() {
    ssh.close();
    host.close();
    maas.close();
  }

  @Test
  void noReadyMachineWithTheTagIsMaasConflictTextAndNothingStaysAllocated() throws Exception {
    LabFiles.prepare(ssh, maas.key().reveal());
    maas.client.ensureTag("juju", "controller");

    LabSsh.Result result =
        ssh.run(JUJU, "bootstrap", "--bootstrap-constraints", "tags=juju", "maas-one", "ctl");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr())
        .containsPattern(
            "\nERROR failed to bootstrap model: cannot start bootstrap instance in availability"
                + " zone \"default\": failed to acquire node: No available machine matches"
                + " constraints: \\[.*\\('tags', \\['juju'\\]\\).*\\] \\(resolved to \".*tags=juju"
                + ".*\"\\)\n$");
    assertThat(maas.machines()).extracting(Machine::status).containsOnly(MachineStatus.READY);
    assertThat(ssh.run(JUJU, "controllers", "--format=json").stdout())
        .isEqualTo("{\"controllers\":{}}\n");
  }

  @Test
  void aCredentialWithAnotherKeyFailsBootstrapLikeMaasRefusingIt() throws Exception {
    LabFiles.prepare(ssh, "aaaaaaaaaaaaaaaaaa:bbbbbbbbbbbbbbbbbb:cccccccccccccccccccccccccccccccc");
    maas.tag("server1", "juju");

    LabSsh.Result result =
        ssh.run(JUJU, "bootstrap", "--bootstrap-constraints", "tags=juju", "maas-one", "ctl");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.stderr())
        .endsWith("ERROR authentication failed.\n\nPlease ensure the credentials are correct.\n");
    assertThat(maas.machine("server1").status()).isEqualTo(MachineStatus.READY);
  }
}
