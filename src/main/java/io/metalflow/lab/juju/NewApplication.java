package io.metalflow.lab.juju;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An application as {@code juju deploy} records it before anything runs: the application, one unit
 * per requested unit ({@code waiting for machine}, agent {@code allocating}) and a {@code pending}
 * machine per unit, except that the first unit goes to the {@code --to} machine when given. Each
 * unit gets a random workload admin password.
 */
record NewApplication(
    ModelRef ref,
    String name,
    CharmSource charm,
    Constraints constraints,
    int units,
    String placement) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Stores it; returns the unit names, or null when the application exists already. */
  List<String> addTo(JujuStore s) {
    if (s.application(ref, name).isPresent()) {
      return null;
    }
    LabModel model = s.model(ref).orElseThrow();
    Constraints machineConstraints =
        Constraints.parse(model.constraints()).overriddenBy(constraints);
    List<String> names = new ArrayList<>();
    int nextMachine = model.nextMachine();
    for (int i = 0; i < units; i++) {
      String machine = i == 0 && placement != null ? placement : String.valueOf(nextMachine++);
      if (s.machine(ref, machine).isEmpty()) {
        s.put(
            new LabMachine(
                ref.controller(),
                ref.model(),
                machine,
                null,
                null,
                null,
                "pending",
                "pending",
                "",
                charm.base(),
                machineConstraints.toString(),
                null,
                Instant.now()));
      }
      s.put(
          new LabUnit(
              ref.controller(),
              ref.model(),
              name,
              i,
              machine,
              "waiting",
              "waiting for machine",
              "allocating",
              null,
              null,
              List.of(),
              password(),
              Instant.now()));
      names.add(name + "/" + i);
    }
    s.put(model.withNextMachine(nextMachine));
    s.put(
        new LabApplication(
            ref.controller(),
            ref.model(),
            name,
            charm.name(),
            charm.origin(),
            charm.revision(),
            charm.channel(),
            charm.base(),
            constraints.toString(),
            placement,
            false,
            false,
            units));
    return names;
  }

  private static String password() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
