package io.metalflow.maas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.function.Supplier;

/**
 * Where the MAAS API key comes from: {@code metalflow.maas.api-key} (env {@code
 * METALFLOW_MAAS_API_KEY}) when set, else the file {@code metalflow.maas.api-key-file}.
 *
 * <p>Nothing is read at construction: the file is read on first use and read again whenever its
 * modification time, size or identity changes, so a key file written after startup (as the lab
 * does) or rotated later is picked up. Safe for concurrent use. A missing, unreadable or malformed
 * key gives an {@link IllegalStateException} naming the setting or file, never the key.
 */
public final class MaasApiKeySource implements Supplier<MaasApiKey> {

  private static final String SETTINGS =
      "metalflow.maas.api-key (env METALFLOW_MAAS_API_KEY) or metalflow.maas.api-key-file";

  private final String configuredKey;
  private final Path file;
  private MaasApiKey key;
  private FileStamp stamp;

  public MaasApiKeySource(String configuredKey, Path file) {
    this.configuredKey = configuredKey == null || configuredKey.isBlank() ? null : configuredKey;
    this.file = file;
  }

  public static MaasApiKeySource of(MaasProperties properties) {
    return new MaasApiKeySource(properties.apiKey(), properties.apiKeyFile());
  }

  /** The current key. */
  @Override
  public synchronized MaasApiKey get() {
    if (configuredKey != null) {
      if (key == null) {
        key = parse(configuredKey, "metalflow.maas.api-key (env METALFLOW_MAAS_API_KEY)");
      }
      return key;
    }
    if (file == null) {
      throw new IllegalStateException("no MAAS API key configured: set " + SETTINGS);
    }
    FileStamp current = FileStamp.of(file);
    if (!current.equals(stamp)) {
      key = parse(read(), "the file " + file);
      stamp = current;
    }
    return key;
  }

  /** {@code text} with every part of the last key read replaced by {@code ****}. */
  synchronized String redact(String text) {
    if (key == null || text == null) {
      return text;
    }
    String redacted = text;
    for (String part : new String[] {key.tokenSecret(), key.tokenKey(), key.consumerKey()}) {
      redacted = redacted.replace(part, "****");
    }
    return redacted;
  }

  private String read() {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot read the MAAS API key file " + file + ": " + e.getClass().getSimpleName(), e);
    }
  }

  private static MaasApiKey parse(String text, String where) {
    try {
      return MaasApiKey.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "malformed MAAS API key in "
              + where
              + ": expected three non-empty parts <consumer key>:<token key>:<token secret>");
    }
  }

  @Override
  public String toString() {
    return "MaasApiKeySource[" + (configuredKey != null ? "metalflow.maas.api-key" : file) + "]";
  }

  /** What tells that the key file changed. */
  private record FileStamp(FileTime modified, long size, Object fileKey) {

    static FileStamp of(Path file) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(
            attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
      } catch (NoSuchFileException e) {
        throw new IllegalStateException(
            "the MAAS API key file "
                + file
                + " does not exist (yet): write the key there, or set"
                + " metalflow.maas.api-key (env METALFLOW_MAAS_API_KEY)",
            e);
      } catch (IOException e) {
        throw new IllegalStateException(
            "cannot read the MAAS API key file " + file + ": " + e.getClass().getSimpleName(), e);
      }
    }
  }
}
