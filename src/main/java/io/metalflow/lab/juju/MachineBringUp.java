package io.metalflow.lab.juju;

import io.metalflow.maas.MaasConflictException;
import io.metalflow.maas.MaasException;
import io.metalflow.maas.Machine;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Brings a model's machine from {@code pending} to {@code started}: allocates a MAAS node with the
 * machine's constraints (or uses the one already recorded), deploys it, waits for Deployed and
 * starts the machine agent. Failures leave the machine in {@code provisioning error} with MAAS's
 * message, as Juju's provisioner does. One bring-up per machine at a time.
 */
final class MachineBringUp {

  private final MainHostSettings settings;
  private final LabJuju state;
  private final MaasProvider provider;
  private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

  MachineBringUp(MainHostSettings settings, LabJuju state, MaasProvider provider) {
    this.settings = settings;
    this.state = state;
    this.provider = provider;
  }

  /** True once the machine runs; false when provisioning failed (see its status). */
  boolean ensureStarted(ModelRef ref, String machineId) throws InterruptedException {
    synchronized (locks.computeIfAbsent(ref.key() + "#" + machineId, k -> new Object())) {
      LabMachine machine = state.read(s -> s.machine(ref, machineId)).orElse(null);
      if (machine == null || "provisioning error".equals(machine.instanceStatus())) {
        return false;
      }
      if ("started".equals(machine.agentStatus())) {
        return true;
      }
      if (machine.systemId() == null && !allocate(ref, machine)) {
        return false;
      }
      return deploy(ref, machineId);
    }
  }

  private boolean allocate(ModelRef ref, LabMachine machine) {
    String agentName = modelUuid(ref);
    if (agentName == null || !controllerAlive(ref.controller())) {
      return false;
    }
    try {
      Machine node = provider.allocate(Constraints.parse(machine.constraints()), agentName);
      change(
          ref,
          machine.id(),
          m ->
              m.withNode(node.systemId(), node.hostname(), MaasProvider.hardware(node))
                  .withInstance("allocating", "Deploying"));
      return true;
    } catch (MaasConflictException e) {
      change(
          ref,
          machine.id(),
          m -> m.withInstance("provisioning error", "failed to acquire node: " + e.body().strip()));
    } catch (MaasException | IllegalArgumentException e) {
      change(ref, machine.id(), m -> m.withInstance("provisioning error", e.getMessage()));
    }
    return false;
  }

  private boolean deploy(ModelRef ref, String machineId) throws InterruptedException {
    LabMachine machine = state.read(s -> s.machine(ref, machineId)).orElseThrow();
    try {
      Machine node =
          provider.deployAndWait(
              machine.systemId(),
              machine.base(),
              modelUuid(ref),
              settings.timings().deployTimeout(),
              message -> change(ref, machineId, m -> m.withInstance("allocating", message)));
      String address = MaasProvider.address(node, settings.addressPrefix());
      change(ref, machineId, m -> m.withAddress(address).withInstance("running", "Deployed"));
      Sleeper.sleep(settings.timings().agentStart());
      change(ref, machineId, m -> m.withAgent("started"));
      return true;
    } catch (MaasProvider.DeploymentFailed e) {
      change(ref, machineId, m -> m.withInstance("provisioning error", e.getMessage()));
    } catch (MaasException e) {
      change(ref, machineId, m -> m.withInstance("provisioning error", e.getMessage()));
    }
    return false;
  }

  private String modelUuid(ModelRef ref) {
    return state.read(s -> s.model(ref).map(LabModel::uuid).orElse(null));
  }

  private boolean controllerAlive(String controller) {
    return state.controller(controller).map(LabController::isAvailable).orElse(false);
  }

  private void change(ModelRef ref, String machineId, UnaryOperator<LabMachine> change) {
    state.update(s -> s.machine(ref, machineId).ifPresent(m -> s.put(change.apply(m))));
  }
}
