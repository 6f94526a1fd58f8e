package io.metalflow.lab.maas;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code <dataDir>/lab/maas-state.json}: the whole lab as JSON, replaced atomically (temp file +
 * move) on every change, so a crash leaves either the old or the new state.
 */
final class LabStateFile {

  private final Path file;

  LabStateFile(Path dataDir) {
    this.file = dataDir.resolve("lab").resolve("maas-state.json");
  }

  Optional<LabState> load() {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LabJson.STATE.readValue(file.toFile(), LabState.class));
    } catch (IOException e) {
      throw new MaasSimulatorException("cannot read the MAAS lab state " + file, e);
    }
  }

  void save(LabState state) {
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".maas-state", ".tmp");
      try {
        LabJson.STATE.writeValue(temp.toFile(), state);
        move(temp);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new MaasSimulatorException("cannot write the MAAS lab state " + file, e);
    }
  }

  private void move(Path temp) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
