package io.metalflow.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Client keys written by Apache MINA SSHD (as the lab writes them) log in to real OpenSSH. */
class JschMinaKeyTest {

  @RegisterExtension static OpenSshServerExtension sshd = new OpenSshServerExtension();

  @Test
  void rsaKeyWrittenByMinaAuthenticates() throws Exception {
    // Given an RSA key pair written by MINA in OpenSSH format and authorized on the server
    Path key = minaKey(KeyUtils.generateKeyPair("ssh-rsa", 3072), "mina_rsa");

    // When running a command with it, Then it logs in
    assertThat(runWith(key)).isEqualTo("mina\n");
  }

  @Test
  void ed25519KeyWrittenByMinaAuthenticates() throws Exception {
    assumeTrue(
        SecurityUtils.isEDDSACurveSupported(),
        "MINA needs Bouncy Castle or net.i2p eddsa on the classpath to write ed25519 keys");
    // Given an ed25519 key pair written by MINA and authorized on the server
    Path key = minaKey(KeyUtils.generateKeyPair("ssh-ed25519", 256), "mina_ed25519");

    // When running a command with it, Then it logs in
    assertThat(runWith(key)).isEqualTo("mina\n");
  }

  private static Path minaKey(KeyPair pair, String name) throws Exception {
    Path key = sshd.scratch().resolve(name);
    try (OutputStream out = Files.newOutputStream(key)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, name, null, out);
    }
    sshd.authorize(PublicKeyEntry.toString(pair.getPublic()));
    return key;
  }

  private static String runWith(Path key) {
    try (var runner = new JschCommandRunner(sshd.properties(key, sshd.knownHosts(), 1))) {
      return runner.run(List.of("echo", "mina"), Duration.ofSeconds(20)).stdout();
    }
  }
}
