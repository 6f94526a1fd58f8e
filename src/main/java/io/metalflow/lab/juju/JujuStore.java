package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything the lab's juju knows, as flat maps of immutable records keyed by {@code
 * controller:model...}. Not thread-safe: only {@link LabJuju} touches it, under its lock.
 */
final class JujuStore {

  static final int COMMAND_LOG_LIMIT = 2000;

  public boolean clientInstalled;
  public String currentController;
  public Map<String, String> currentModels = new TreeMap<>();
  public Map<String, LabCloud> clouds = new TreeMap<>();
  public Map<String, LabCredential> credentials = new TreeMap<>();
  public Map<String, LabController> controllers = new TreeMap<>();
  public Map<String, LabModel> models = new TreeMap<>();
  public Map<String, LabMachine> machines = new TreeMap<>();
  public Map<String, LabApplication> applications = new TreeMap<>();
  public Map<String, LabUnit> units = new TreeMap<>();
  public Map<String, LabRelation> relations = new TreeMap<>();
  public Map<String, LabCounters> counters = new TreeMap<>();
  public List<CommandLogEntry> commandLog = new ArrayList<>();

  Optional<LabModel> model(ModelRef ref) {
    return Optional.ofNullable(models.get(ref.key()));
  }

  List<LabModel> modelsOf(String controller) {
    return models.values().stream().filter(m -> m.controller().equals(controller)).toList();
  }

  List<LabMachine> machinesOf(ModelRef ref) {
    return of(machines, m -> m.modelRef().equals(ref))
        .sorted(Comparator.comparingInt(m -> Integer.parseInt(m.id())))
        .toList();
  }

  Optional<LabMachine> machine(ModelRef ref, String id) {
    return Optional.ofNullable(machines.get(ref.key() + "#" + id));
  }

  List<LabApplication> applicationsOf(ModelRef ref) {
    return of(
            applications,
            a -> a.controller().equals(ref.controller()) && a.model().equals(ref.model()))
        .toList();
  }

  Optional<LabApplication> application(ModelRef ref, String name) {
    return Optional.ofNullable(applications.get(ref.key() + "/" + name));
  }

  List<LabUnit> unitsOf(ModelRef ref) {
    return of(units, u -> u.modelRef().equals(ref))
        .sorted(Comparator.comparing(LabUnit::application).thenComparingInt(LabUnit::number))
        .toList();
  }

  List<LabUnit> unitsOf(ModelRef ref, String application) {
    return unitsOf(ref).stream().filter(u -> u.application().equals(application)).toList();
  }

  Optional<LabUnit> unit(ModelRef ref, String unitName) {
    return Optional.ofNullable(units.get(ref.key() + "/" + unitName));
  }

  List<LabRelation> relationsOf(ModelRef ref) {
    return of(
            relations,
            r -> r.controller().equals(ref.controller()) && r.model().equals(ref.model()))
        .sorted(Comparator.comparingInt(LabRelation::id))
        .toList();
  }

  void put(LabMachine machine) {
    machines.put(machine.key(), machine);
  }

  void put(LabApplication application) {
    applications.put(application.key(), application);
  }

  void put(LabUnit unit) {
    units.put(unit.key(), unit);
  }

  void put(LabModel model) {
    models.put(model.ref().key(), model);
  }

  void put(LabController controller) {
    controllers.put(controller.name(), controller);
  }

  /** Removes the model and everything in it. */
  void removeModel(ModelRef ref) {
    models.remove(ref.key());
    machines.values().removeIf(m -> m.modelRef().equals(ref));
    units.values().removeIf(u -> u.modelRef().equals(ref));
    applications.values().removeIf(a -> a.key().startsWith(ref.key() + "/"));
    relations.values().removeIf(r -> r.key().startsWith(ref.key() + "~"));
  }

  void count(String controller, java.util.function.UnaryOperator<LabCounters> change) {
    counters.put(controller, change.apply(counters.getOrDefault(controller, LabCounters.zero())));
  }

  void log(CommandLogEntry entry) {
    commandLog.add(entry);
    if (commandLog.size() > COMMAND_LOG_LIMIT) {
      commandLog.subList(0, commandLog.size() - COMMAND_LOG_LIMIT).clear();
    }
  }

  private static <T> Stream<T> of(Map<String, T> map, Predicate<T> filter) {
    return map.values().stream().filter(filter);
  }
}
