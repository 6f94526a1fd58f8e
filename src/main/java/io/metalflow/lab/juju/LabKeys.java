package io.metalflow.lab.juju;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The main host's key material under {@code <dataDir>/lab/}: the Ed25519 host key, the client key
 * pair Metalflow logs in with ({@code id_ed25519}, OpenSSH format, and {@code id_ed25519.pub}) and
 * the {@code known_hosts} line for {@code [127.0.0.1]:PORT}. Generated once, then reused.
 */
final class LabKeys {

  static final String HOST_KEY = "ssh_host_ed25519_key";
  static final String CLIENT_KEY = "id_ed25519";
  static final String KNOWN_HOSTS = "known_hosts";

  private final Path dir;
  private final KeyPair hostKey;
  private final KeyPair clientKey;

  private LabKeys(Path dir, KeyPair hostKey, KeyPair clientKey) {
    this.dir = dir;
    this.hostKey = hostKey;
    this.clientKey = clientKey;
  }

  /** Loads the keys from {@code dir}, generating missing ones. */
  static LabKeys ensure(Path dir) {
    try {
      Files.createDirectories(dir);
      KeyPair host = loadOrCreate(dir.resolve(HOST_KEY), "lab-main-host");
      KeyPair client = loadOrCreate(dir.resolve(CLIENT_KEY), "metalflow@lab");
      writePublicKey(dir.resolve(CLIENT_KEY + ".pub"), client.getPublic(), "metalflow@lab");
      return new LabKeys(dir, host, client);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare lab SSH keys in " + dir, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot prepare lab SSH keys in " + dir, e);
    }
  }

  KeyPair hostKey() {
    return hostKey;
  }

  PublicKey clientPublicKey() {
    return clientKey.getPublic();
  }

  Path clientKeyFile() {
    return dir.resolve(CLIENT_KEY);
  }

  Path knownHostsFile() {
    return dir.resolve(KNOWN_HOSTS);
  }

  /** Writes {@code [host]:port ssh-ed25519 AAAA…} unless the file already says exactly that. */
  void writeKnownHosts(String host, int port) {
    String line = "[" + host + "]:" + port + " " + PublicKeyEntry.toString(hostKey.getPublic());
    try {
      Path file = knownHostsFile();
      if (!Files.exists(file) || !Files.readString(file).strip().equals(line)) {
        Files.writeString(file, line + "\n", StandardCharsets.US_ASCII);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + knownHostsFile(), e);
    }
  }

  private static KeyPair loadOrCreate(Path file, String comment)
      throws IOException, GeneralSecurityException {
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        return SecurityUtils.loadKeyPairIdentities(null, () -> file.toString(), in, null)
            .iterator()
            .next();
      }
    }
    KeyPair pair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try (OutputStream out = Files.newOutputStream(file)) {
      OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, comment, null, out);
    }
    return pair;
  }

  private static void writePublicKey(Path file, PublicKey key, String comment) throws IOException {
    Files.writeString(file, PublicKeyEntry.toString(key) + " " + comment + "\n");
  }
}
