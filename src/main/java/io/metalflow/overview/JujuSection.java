package io.metalflow.overview;

import io.metalflow.juju.JujuCli;
import io.metalflow.overview.Overview.JujuModelView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code juju status} for each {@link JujuTarget}, one after the other; a failure (unknown
 * controller, SSH down, invalid name) becomes that model's error text and the others still show.
 */
final class JujuSection {

  private final JujuCli juju;
  private final JujuTargets targets;

  JujuSection(JujuCli juju, JujuTargets targets) {
    this.juju = juju;
    this.targets = targets;
  }

  List<JujuModelView> read() {
    List<JujuTarget> wanted;
    try {
      wanted = targets.read();
    } catch (RuntimeException e) {
      return List.of(new JujuModelView(null, null, List.of(), null, Errors.describe(e)));
    }
    List<JujuModelView> views = new ArrayList<>();
    for (JujuTarget target : wanted) {
      views.add(status(target));
    }
    return views;
  }

  private JujuModelView status(JujuTarget t) {
    try {
      return new JujuModelView(
          t.controller(), t.model(), t.namedBy(), juju.status(t.controller(), t.model()), null);
    } catch (RuntimeException e) {
      return new JujuModelView(t.controller(), t.model(), t.namedBy(), null, Errors.describe(e));
    }
  }
}
