package io.metalflow.lab.maas;

import io.metalflow.maas.MaasApiKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lab's API key: generated like MAAS does (18:18:32 random letters and digits), kept in {@code
 * <dataDir>/lab/maas-api-key} with mode 0600 and reused on the next start. Never logged.
 */
final class LabApiKey {

  private static final Logger LOG = LoggerFactory.getLogger(LabApiKey.class);
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");
  private static final SecureRandom RANDOM = new SecureRandom();

  private LabApiKey() {}

  static MaasApiKey generate() {
    return new MaasApiKey(random(18), random(18), random(32));
  }

  /** Reads the key file under {@code dataDir}, or generates a key and writes it there. */
  static MaasApiKey loadOrCreate(Path dataDir) {
    Path file = file(dataDir);
    try {
      if (Files.exists(file)) {
        try {
          return MaasApiKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          LOG.warn("{} holds no valid MAAS API key; writing a new one", file);
        }
      }
      MaasApiKey key = generate();
      write(file, key);
      return key;
    } catch (IOException e) {
      throw new MaasSimulatorException("cannot read or write the lab API key file " + file, e);
    }
  }

  static Path file(Path dataDir) {
    return dataDir.resolve("lab").resolve("maas-api-key");
  }

  private static void write(Path file, MaasApiKey key) throws IOException {
    Files.createDirectories(file.getParent());
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path temp =
        posix
            ? Files.createTempFile(
                file.getParent(),
                ".maas-api-key",
                ".tmp",
                PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createTempFile(file.getParent(), ".maas-api-key", ".tmp");
    try {
      Files.writeString(temp, key.reveal() + "\n", StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      if (posix) {
        Files.setPosixFilePermissions(file, OWNER_ONLY);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String random(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
