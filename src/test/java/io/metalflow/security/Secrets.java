package io.metalflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secret values a run must never expose, each with a name for the report, and a scan of
 * labelled texts for them. Only the secret's name is ever shown.
 */
final class Secrets {

  private final Map<String, String> values = new LinkedHashMap<>();

  /** Adds a secret; refuses an empty or trivially short one (it would match by accident). */
  Secrets add(String name, String value) {
    if (value == null || value.length() < 8) {
      throw new IllegalArgumentException("secret " + name + " is missing or too short to scan");
    }
    values.put(name, value);
    return this;
  }

  /** The MAAS API key and each of its three parts. */
  Secrets addMaasKey(Path keyFile) {
    String key = read(keyFile).strip();
    String[] parts = key.split(":");
    add("MAAS API key", key);
    add("MAAS consumer key", parts[0]);
    add("MAAS token key", parts[1]);
    add("MAAS token secret", parts[2]);
    return this;
  }

  /** An OpenSSH private key file: the whole text and each base64 line of its body. */
  Secrets addPrivateKey(Path keyFile) {
    String text = read(keyFile);
    add("SSH private key file", text.strip());
    List<String> body = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("-----") && line.strip().length() >= 20) {
        body.add(line.strip());
      }
    }
    if (body.isEmpty()) {
      throw new IllegalArgumentException("no key body in " + keyFile);
    }
    for (int i = 0; i < body.size(); i++) {
      add("SSH private key line " + (i + 1), body.get(i));
    }
    return this;
  }

  /** "secret name in source" for each secret found in each text. */
  List<String> foundIn(Map<String, String> texts) {
    List<String> found = new ArrayList<>();
    texts.forEach(
        (source, text) ->
            values.forEach(
                (name, value) -> {
                  if (text != null && text.contains(value)) {
                    found.add(name + " in " + source);
                  }
                }));
    return found;
  }

  int size() {
    return values.size();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
