package io.metalflow.lab.juju;

import java.util.List;

/**
 * Destroys a controller: stops its agents' work, then per hosted model stops the workloads and
 * releases every machine in MAAS, then does the same for the controller model and finally the
 * controller node, and forgets the controller. Safe to run again on a half-destroyed controller.
 */
final class ControllerTeardown {

  private final JujuCall call;
  private final LabController controller;

  ControllerTeardown(JujuCall call, LabController controller) {
    this.call = call;
    this.controller = controller;
  }

  void run() throws InterruptedException {
    String name = controller.name();
    call.state().update(s -> s.put(controller.withPhase(LabController.Phase.DESTROYING)));
    call.host().provisioner().cancel(name);
    call.err().println("Waiting for model resources to be reclaimed");
    call.host().faults().awaitDestroyRelease();
    List<LabModel> hosted =
        call.state().models(name).stream().filter(m -> !m.controllerModel()).toList();
    for (int i = 0; i < hosted.size(); i++) {
      progress(hosted.subList(i, hosted.size()));
      reclaim(hosted.get(i).ref());
      call.pause(1);
    }
    call.err().println("All models reclaimed, cleaning up controller machines");
    reclaim(new ModelRef(name, "controller"));
    if (controller.machineSystemId() != null) {
      release(controller.machineSystemId());
    }
    call.host().workloads().stopController(name);
    call.state()
        .update(
            s -> {
              s.controllers.remove(name);
              s.currentModels.remove(name);
              if (name.equals(s.currentController)) {
                s.currentController = null;
              }
            });
  }

  private void progress(List<LabModel> remaining) {
    int machines = 0;
    int applications = 0;
    for (LabModel model : remaining) {
      machines += call.state().machines(model.controller(), model.name()).size();
      applications += call.state().applications(model.controller(), model.name()).size();
    }
    call.err()
        .println(
            "Waiting for "
                + DestroyControllerCommand.plural(remaining.size(), "model")
                + ", "
                + DestroyControllerCommand.plural(machines, "machine")
                + ", "
                + DestroyControllerCommand.plural(applications, "application"));
  }

  /** Stops the model's workloads, releases its machines (not the controller node), drops it. */
  private void reclaim(ModelRef ref) {
    for (LabUnit unit : call.state().units(ref.controller(), ref.model())) {
      call.host().workloads().stop(unit.key());
    }
    for (LabMachine machine : call.state().machines(ref.controller(), ref.model())) {
      boolean controllerNode =
          machine.systemId() != null && machine.systemId().equals(controller.machineSystemId());
      if (machine.systemId() != null && !controllerNode) {
        release(machine.systemId());
      }
    }
    call.state().update(s -> s.removeModel(ref));
  }

  private void release(String systemId) {
    if (!call.host().provisioner().provider().releaseQuietly(systemId)) {
      call.err()
          .println("WARNING failed to release machine " + systemId + "; release it through MAAS");
    }
  }
}
