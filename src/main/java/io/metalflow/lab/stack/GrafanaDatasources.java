package io.metalflow.lab.stack;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The data sources of one Grafana stand-in. Thread-safe; names are unique as in Grafana. */
final class GrafanaDatasources {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<Datasource> all = new ArrayList<>();
  private long nextId = 1;

  /** Adds a data source; empty when one with that name exists (Grafana answers 409). */
  synchronized Optional<Datasource> add(String name, String type, String url, String access) {
    if (byName(name).isPresent()) {
      return Optional.empty();
    }
    Datasource created = new Datasource(nextId++, newUid(), name, type, access, url, all.isEmpty());
    all.add(created);
    return Optional.of(created);
  }

  synchronized List<Datasource> list() {
    return List.copyOf(all);
  }

  synchronized Optional<Datasource> byName(String name) {
    return all.stream().filter(d -> d.name().equals(name)).findFirst();
  }

  synchronized Optional<Datasource> byUid(String uid) {
    return all.stream().filter(d -> d.uid().equals(uid)).findFirst();
  }

  synchronized Optional<Datasource> byId(long id) {
    return all.stream().filter(d -> d.id() == id).findFirst();
  }

  private static String newUid() {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return "P" + HexFormat.of().withUpperCase().formatHex(bytes);
  }
}
