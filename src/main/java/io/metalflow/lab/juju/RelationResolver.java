package io.metalflow.lab.juju;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the one endpoint pair {@code juju integrate a[:x] b[:y]} means: same interface, provider to
 * requirer. None is {@code no relations found}; several are Juju's "ambiguous relation".
 */
final class RelationResolver {

  /** A resolved pair, requirer first as in Juju's relation key. */
  record Pair(String requirer, String provider, String interfaceName) {}

  private RelationResolver() {}

  static Pair resolve(JujuStore s, ModelRef ref, String first, String second) throws JujuError {
    List<String[]> candidates = new ArrayList<>();
    for (CharmEndpoint a : endpoints(s, ref, first)) {
      for (CharmEndpoint b : endpoints(s, ref, second)) {
        if (a.fits(b)) {
          candidates.add(
              new String[] {
                app(first) + ":" + a.name(),
                app(second) + ":" + b.name(),
                a.interfaceName(),
                a.role().name()
              });
        }
      }
    }
    if (candidates.isEmpty()) {
      throw new JujuError("no relations found");
    }
    if (candidates.size() > 1) {
      throw new JujuError(ambiguous(first, second, candidates));
    }
    String[] pair = candidates.get(0);
    boolean firstRequires = pair[3].equals(CharmEndpoint.Role.REQUIRER.name());
    return firstRequires
        ? new Pair(pair[0], pair[1], pair[2])
        : new Pair(pair[1], pair[0], pair[2]);
  }

  private static List<CharmEndpoint> endpoints(JujuStore s, ModelRef ref, String given)
      throws JujuError {
    String app = app(given);
    LabApplication application =
        s.application(ref, app)
            .orElseThrow(() -> new JujuError("application \"" + app + "\" not found"));
    CharmInfo charm = Charms.describe(application.charm());
    if (!given.contains(":")) {
      return List.copyOf(charm.endpoints().values());
    }
    String endpoint = given.substring(given.indexOf(':') + 1);
    return List.of(
        charm
            .endpoint(endpoint)
            .orElseThrow(
                () ->
                    new JujuError(
                        "application \"" + app + "\" has no \"" + endpoint + "\" relation")));
  }

  private static String app(String given) {
    return given.contains(":") ? given.substring(0, given.indexOf(':')) : given;
  }

  private static String ambiguous(String first, String second, List<String[]> candidates) {
    StringBuilder text =
        new StringBuilder("ambiguous relation: \"" + first + " " + second + "\" could refer to ");
    for (int i = 0; i < candidates.size(); i++) {
      text.append(i == 0 ? "" : "; ")
          .append('"')
          .append(candidates.get(i)[0])
          .append(' ')
          .append(candidates.get(i)[1])
          .append('"');
    }
    return text.toString();
  }
}
