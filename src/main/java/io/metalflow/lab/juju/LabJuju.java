package io.metalflow.lab.juju;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The state of the lab's juju: client install flag, clouds, credentials, controllers, models,
 * machines, applications, units, relations, per-controller call counters and a command log.
 *
 * <p>Thread-safe: every read returns an immutable snapshot, every change is atomic and written at
 * once to {@code <dataDir>/lab/juju-state.json} (replaced atomically), which {@link
 * MainHostSimulator#start} loads again.
 */
public final class LabJuju {

  private final Path file;
  private final ObjectMapper json;
  private JujuStore store;

  private LabJuju(Path file, ObjectMapper json, JujuStore store) {
    this.file = file;
    this.json = json;
    this.store = store;
  }

  /** Loads the state file, or starts empty when there is none. */
  static LabJuju load(Path file) {
    ObjectMapper json = mapper();
    try {
      JujuStore store =
          Files.exists(file) ? json.readValue(file.toFile(), JujuStore.class) : new JujuStore();
      return new LabJuju(file, json, store);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lab juju state " + file, e);
    }
  }

  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.PUBLIC_ONLY)
        .build();
  }

  synchronized <T> T read(Function<JujuStore, T> query) {
    return query.apply(store);
  }

  /** A read that may fail with a juju error. */
  interface Query<T> {
    T apply(JujuStore store) throws JujuError;
  }

  synchronized <T> T query(Query<T> query) throws JujuError {
    return query.apply(store);
  }

  /** Applies a change and persists it; the change must leave the store consistent. */
  synchronized <T> T write(Function<JujuStore, T> change) {
    T result = change.apply(store);
    persist();
    return result;
  }

  void update(Consumer<JujuStore> change) {
    write(
        s -> {
          change.accept(s);
          return null;
        });
  }

  private void persist() {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      json.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), store);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write lab juju state " + file, e);
    }
  }

  /** Whether {@code snap install juju} ran. */
  public boolean clientInstalled() {
    return read(s -> s.clientInstalled);
  }

  public Map<String, LabCloud> clouds() {
    return read(s -> Map.copyOf(s.clouds));
  }

  public List<LabCredential> credentials() {
    return read(s -> List.copyOf(s.credentials.values()));
  }

  /** Every controller the client knows, bootstrapping ones included. */
  public Map<String, LabController> controllers() {
    return read(s -> new TreeMap<>(s.controllers));
  }

  public Optional<LabController> controller(String name) {
    return read(s -> Optional.ofNullable(s.controllers.get(name)));
  }

  public List<LabModel> models(String controller) {
    return read(s -> s.modelsOf(controller));
  }

  public List<LabMachine> machines(String controller, String model) {
    return read(s -> s.machinesOf(new ModelRef(controller, model)));
  }

  public List<LabApplication> applications(String controller, String model) {
    return read(s -> s.applicationsOf(new ModelRef(controller, model)));
  }

  public List<LabUnit> units(String controller, String model) {
    return read(s -> s.unitsOf(new ModelRef(controller, model)));
  }

  public Optional<LabUnit> unit(String controller, String model, String unitName) {
    return read(s -> s.unit(new ModelRef(controller, model), unitName));
  }

  public List<LabRelation> relations(String controller, String model) {
    return read(s -> s.relationsOf(new ModelRef(controller, model)));
  }

  /** Calls per controller name; zero for a name never used. */
  public LabCounters counters(String controller) {
    return read(s -> s.counters.getOrDefault(controller, LabCounters.zero()));
  }

  /** The last commands run on the host, oldest first (at most 2000). */
  public List<CommandLogEntry> commandLog() {
    return read(s -> List.copyOf(s.commandLog));
  }

  /** MAAS system ids of every machine any model holds. */
  public List<String> allocatedSystemIds() {
    return read(
        s ->
            s.machines.values().stream()
                .map(LabMachine::systemId)
                .filter(id -> id != null)
                .distinct()
                .toList());
  }
}
