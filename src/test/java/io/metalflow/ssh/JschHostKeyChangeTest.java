package io.metalflow.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The main host's key changing under a running Metalflow is refused, loudly. */
class JschHostKeyChangeTest {

  @RegisterExtension static OpenSshServerExtension sshd = new OpenSshServerExtension();

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Test
  void changedHostKeyIsRefusedWithExpectedAndOfferedFingerprints() throws Exception {
    // Given a runner that has already worked with the server's current key
    try (var runner = new JschCommandRunner(sshd.properties(1))) {
      assertThat(runner.run(List.of("true"), TIMEOUT).exitCode()).isZero();
      String trusted = sshd.hostKeyFingerprint("ed25519");

      // When the server comes back on the same address with new host keys
      sshd.replaceHostKeys();
      String offered = sshd.hostKeyFingerprint("ed25519");

      // Then the next call refuses it, naming both fingerprints, and is not retryable
      assertThat(offered).isNotEqualTo(trusted);
      assertThatThrownBy(() -> runner.run(List.of("true"), TIMEOUT))
          .isInstanceOf(SshHostKeyException.class)
          .hasMessageContaining("CHANGED")
          .hasMessageContaining("127.0.0.1:" + sshd.port())
          .hasMessageContaining("expects ssh-ed25519 " + trusted)
          .hasMessageContaining("offers ssh-ed25519 " + offered)
          .satisfies(e -> assertThat(((SshException) e).isRetryable()).isFalse());

      // And once the operator trusts the new key, the same runner connects again
      sshd.trustCurrentHostKeys();
      assertThat(runner.run(List.of("true"), TIMEOUT).exitCode()).isZero();
    }
  }
}
