package io.metalflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * The admin password: the configured one, else the one stored in {@code <data-dir>/admin-password},
 * else a new random one written there with mode 0600.
 */
final class AdminPassword {

  static final String FILE_NAME = "admin-password";
  private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
  private static final String DIGITS = "23456789";
  private static final String SPECIAL = "-_.+";
  private static final String ALPHABET = UPPER + LOWER + DIGITS;
  private static final String[] REQUIRED = {UPPER, LOWER, DIGITS, SPECIAL};

  private final String value;
  private final boolean generated;
  private final Path file;

  private AdminPassword(String value, boolean generated, Path file) {
    this.value = value;
    this.generated = generated;
    this.file = file;
  }

  static AdminPassword resolve(AdminProperties properties, Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    if (properties.hasPassword()) {
      return new AdminPassword(properties.password(), false, null);
    }
    try {
      if (Files.exists(file)) {
        return new AdminPassword(
            Files.readString(file, StandardCharsets.UTF_8).strip(), false, file);
      }
      String password = random(24);
      writeOwnerOnly(file, password);
      return new AdminPassword(password, true, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the admin password file " + file, e);
    }
  }

  private static void writeOwnerOnly(Path file, String password) throws IOException {
    Files.createDirectories(file.getParent());
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      throw new IOException("admin password file appeared concurrently: " + file, e);
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(file, password + "\n", StandardCharsets.UTF_8, StandardOpenOption.WRITE);
  }

  /**
   * {@code length} random characters, at least one of each class the engine's password policy asks
   * for (lower case, upper case, digit, special), none that is hard to read or to quote.
   */
  static String random(int length) {
    SecureRandom random = new SecureRandom();
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < Math.max(0, length - REQUIRED.length); i++) {
      sb.append(pick(random, ALPHABET));
    }
    for (String kind : REQUIRED) {
      sb.insert(random.nextInt(sb.length() + 1), pick(random, kind));
    }
    return sb.toString();
  }

  private static char pick(SecureRandom random, String characters) {
    return characters.charAt(random.nextInt(characters.length()));
  }

  String value() {
    return value;
  }

  /** True when this start generated the password (it is then shown once). */
  boolean generated() {
    return generated;
  }

  /** The file holding it, or null when it came from the environment. */
  Path file() {
    return file;
  }

  @Override
  public String toString() {
    return "AdminPassword[****]";
  }
}
