package io.metalflow.lab.juju;

import java.io.PrintStream;

/** One juju sub-command run: its parsed arguments, streams and the host it runs on. */
record JujuCall(ParsedArgs args, Invocation invocation, HostContext host) {

  PrintStream out() {
    return invocation.out();
  }

  PrintStream err() {
    return invocation.err();
  }

  LabJuju state() {
    return host.state();
  }

  /** {@code -c}/{@code --controller}, else the current controller; must be available. */
  LabController controller() throws JujuError {
    String name = args.value("controller").orElseGet(() -> state().read(s -> s.currentController));
    if (name == null) {
      throw new JujuError("no currently specified controller");
    }
    return availableController(name);
  }

  LabController availableController(String name) throws JujuError {
    return state()
        .controller(name)
        .filter(LabController::isAvailable)
        .orElseThrow(() -> new JujuError("controller " + name + " not found"));
  }

  /**
   * {@code -m}/{@code --model} as {@code controller:model}, {@code controller:admin/model} or
   * {@code model} (current controller), else the current model; it must exist.
   */
  ModelRef model() throws JujuError {
    String given = args.value("model").orElse(null);
    String controllerName;
    String modelName;
    if (given != null && given.contains(":")) {
      controllerName = given.substring(0, given.indexOf(':'));
      modelName = given.substring(given.indexOf(':') + 1);
    } else {
      controllerName = state().read(s -> s.currentController);
      if (controllerName == null) {
        throw new JujuError("no currently specified model");
      }
      modelName = given != null ? given : state().read(s -> s.currentModels.get(controllerName));
      if (modelName == null) {
        throw new JujuError("no currently specified model");
      }
    }
    return existingModel(controllerName, modelName);
  }

  private ModelRef existingModel(String controllerName, String modelName) throws JujuError {
    String shortName = modelName.startsWith("admin/") ? modelName.substring(6) : modelName;
    availableController(controllerName);
    ModelRef ref = new ModelRef(controllerName, shortName);
    if (state().read(s -> s.model(ref)).isEmpty()) {
      throw new JujuError("model " + controllerName + ":admin/" + shortName + " not found");
    }
    return ref;
  }

  /** Pauses for {@code steps} progress steps of the configured timings. */
  void pause(int steps) throws InterruptedException {
    Sleeper.sleep(host.settings().timings().step().multipliedBy(steps));
  }
}
