package io.metalflow.lab.juju;

/** Names a model as {@code controller:model}; the key of everything stored per model. */
record ModelRef(String controller, String model) {

  String key() {
    return controller + ":" + model;
  }

  /** {@code admin/model}, how Juju qualifies a model name. */
  String qualified() {
    return "admin/" + model;
  }

  @Override
  public String toString() {
    return key();
  }
}
