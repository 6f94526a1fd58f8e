package io.metalflow.lab.maas;

/** What the handlers share: the store, the transitions and the machine renderer. */
record LabContext(
    LabMachines lab,
    MachineLifecycle lifecycle,
    MachineInterventions interventions,
    MachineJson json) {

  ApiResponse machine(LabMachine m) {
    return ApiResponse.json(json.render(m));
  }
}
