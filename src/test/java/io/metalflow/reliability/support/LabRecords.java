package io.metalflow.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.metalflow.lab.juju.LabCounters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the lab keeps on disk, read from outside the lab's JVM: the juju state ({@code
 * <data-dir>/lab/juju-state.json}, replaced atomically on every change: per-controller call
 * counters, controllers, model machines) and the job wrapper's runs ({@code
 * <data-dir>/lab/home/.metalflow/runs/RUN_ID/}, with an {@code exit} file once a run ended).
 */
public final class LabRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path labDir;

  public LabRecords(Path dataDir) {
    this.labDir = dataDir.resolve("lab");
  }

  /** How often bootstrap, deploy, integrate and destroy-controller ran for {@code controller}. */
  public LabCounters counters(String controller) {
    JsonNode c = state().path("counters").path(controller);
    return new LabCounters(
        c.path("bootstraps").asInt(),
        c.path("deploys").asInt(),
        c.path("integrates").asInt(),
        c.path("destroys").asInt());
  }

  /** Names of the controllers the lab's juju knows (bootstrapping and destroying included). */
  public Set<String> controllers() {
    Set<String> names = new TreeSet<>();
    state().path("controllers").fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * MAAS system id to the controllers that hold it: as a model's machine, or as the controller node
   * a bootstrap allocated.
   */
  public Map<String, Set<String>> holders() {
    Map<String, Set<String>> holders = new TreeMap<>();
    JsonNode state = state();
    for (JsonNode machine : state.path("machines")) {
      add(holders, machine.path("systemId"), machine.path("controller").asText());
    }
    for (JsonNode controller : state.path("controllers")) {
      add(holders, controller.path("machineSystemId"), controller.path("name").asText());
    }
    return holders;
  }

  private static void add(Map<String, Set<String>> holders, JsonNode systemId, String controller) {
    if (systemId.isTextual() && !systemId.asText().isBlank()) {
      holders.computeIfAbsent(systemId.asText(), k -> new TreeSet<>()).add(controller);
    }
  }

  /** Run ids of the job wrapper's runs that have no exit code yet. */
  public List<String> unfinishedRuns() {
    return runs().stream()
        .filter(run -> !Files.exists(run.resolve("exit")))
        .map(LabRecords::name)
        .toList();
  }

  /**
   * Run ids of every run the wrapper ever started (bootstrap {@code boot-*}, destroy {@code
   * destroy-*}).
   */
  public List<String> runIds() {
    return runs().stream().map(LabRecords::name).toList();
  }

  /** Whether the run exists and has not ended. */
  public boolean isRunning(String runId) {
    Path run = labDir.resolve("home/.metalflow/runs").resolve(runId);
    return Files.isDirectory(run) && !Files.exists(run.resolve("exit"));
  }

  private List<Path> runs() {
    Path runs = labDir.resolve("home/.metalflow/runs");
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(runs)) {
      return new ArrayList<>(dirs.filter(Files::isDirectory).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path run) {
    return run.getFileName().toString();
  }

  private JsonNode state() {
    Path file = labDir.resolve("juju-state.json");
    if (!Files.exists(file)) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
