package io.metalflow.lab.juju;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MissingWrapperTest {

  @TempDir Path dataDir;

  @Test
  void theWrapperIsNotFoundUntilUploadedAndNotRunnableWithoutTheExecuteBit() throws Exception {
    String prefix = LabFixtures.randomPrefix();
    try (MainHostSimulator host =
            MainHostSimulator.start(
                LabFixtures.settings(dataDir, prefix), FakeMaas.withServers(prefix, 1));
        LabSsh ssh = new LabSsh(host)) {
      assertThat(ssh.run(LabFiles.WRAPPER, "version"))
          .isEqualTo(
              new LabSsh.Result(127, "", "sh: 1: .metalflow/bin/metalflow-run: not found\n"));

      ssh.upload(LabFiles.WRAPPER, LabFiles.wrapper(), 0644);
      assertThat(ssh.run(LabFiles.WRAPPER, "version").exitCode()).isEqualTo(126);

      ssh.upload(LabFiles.WRAPPER, LabFiles.wrapper(), 0755);
      assertThat(ssh.run(LabFiles.WRAPPER, "version").stdout()).isEqualTo("metalflow-run 2\n");
    }
  }
}
