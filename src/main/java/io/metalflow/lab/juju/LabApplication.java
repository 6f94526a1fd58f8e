package io.metalflow.lab.juju;

/**
 * An application of a model. {@code origin} is {@code charmhub} or {@code local}; {@code placement}
 * is the {@code --to} directive of its deploy (null when none).
 */
public record LabApplication(
    String controller,
    String model,
    String name,
    String charm,
    String origin,
    int revision,
    String channel,
    String base,
    String constraints,
    String placement,
    boolean exposed,
    boolean dying,
    int nextUnit) {

  String key() {
    return new ModelRef(controller, model).key() + "/" + name;
  }

  boolean isLocal() {
    return "local".equals(origin);
  }

  LabApplication withExposed(boolean value) {
    return new LabApplication(
        controller,
        model,
        name,
        charm,
        origin,
        revision,
        channel,
        base,
        constraints,
        placement,
        value,
        dying,
        nextUnit);
  }

  LabApplication withDying() {
    return new LabApplication(
        controller,
        model,
        name,
        charm,
        origin,
        revision,
        channel,
        base,
        constraints,
        placement,
        exposed,
        true,
        nextUnit);
  }

  LabApplication withNextUnit(int next) {
    return new LabApplication(
        controller,
        model,
        name,
        charm,
        origin,
        revision,
        channel,
        base,
        constraints,
        placement,
        exposed,
        dying,
        next);
  }
}
