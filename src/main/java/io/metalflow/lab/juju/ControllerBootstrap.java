package io.metalflow.lab.juju;

import io.metalflow.maas.MaasConflictException;
import io.metalflow.maas.MaasException;
import io.metalflow.maas.Machine;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The MAAS bootstrap of one controller with Juju's stderr lines (reference §3.2): checks the
 * credential as MAAS would, allocates a node with the bootstrap constraints and {@code agent_name}
 * = controller model uuid, deploys it, waits for Deployed and records the controller, its {@code
 * controller} model, machine 0 and the {@code controller} application. Every failure cleans up: the
 * node is released and the controller forgotten. So does a stop through the job wrapper, as juju
 * does on SIGINT ("Ctrl-C pressed, attempting to stop bootstrap and clean up resources", then
 * {@code ERROR failed to bootstrap model: cancelled}, exit 1). A host shutdown leaves the record as
 * it is, and a bootstrap resumed after the restart skips what its record shows done.
 */
final class ControllerBootstrap {

  private final JujuCall call;
  private final BootstrapRequestArgs request;
  private final PrintStream err;
  private LabController controller;

  ControllerBootstrap(JujuCall call, BootstrapRequestArgs request, LabController controller) {
    this.call = call;
    this.request = request;
    this.err = call.err();
    this.controller = controller;
  }

  void run() throws JujuError, InterruptedException {
    try {
      bootstrap();
    } catch (InterruptedException e) {
      if (hostShutdown()) {
        throw e;
      }
      throw cancelled();
    } catch (JujuError e) {
      throw stopped() ? cancelled() : cleanedUp(e);
    } catch (MaasException e) {
      throw stopped()
          ? cancelled()
          : cleanedUp(new JujuError("failed to bootstrap model: " + e.getMessage()));
    }
  }

  /** Juju's answer to SIGINT (or to its SSH channel closing when not run as a wrapper job). */
  private JujuError cancelled() {
    if (stopped()) {
      err.println();
      err.println("Ctrl-C pressed, attempting to stop bootstrap and clean up resources");
    }
    return cleanedUp(new JujuError("failed to bootstrap model: cancelled"));
  }

  private JujuError cleanedUp(JujuError error) {
    cleanUp();
    return error;
  }

  private void bootstrap() throws JujuError, InterruptedException {
    String where = request.cloud() + "/" + request.region();
    err.println("Creating Juju controller \"" + request.controller() + "\" on " + where);
    checkCredential();
    call.pause(1);
    err.println("Looking for packaged Juju agent version " + JujuVersion.NUMBER + " for amd64");
    err.println(
        "Located Juju agent version "
            + JujuVersion.NUMBER
            + "-ubuntu-amd64 at"
            + " https://streams.canonical.com/juju/tools/agent/"
            + JujuVersion.NUMBER
            + "/juju-"
            + JujuVersion.NUMBER
            + "-linux-amd64.tgz");
    err.println("Launching controller instance(s) on " + where + "...");
    Machine node = allocate();
    err.println(" - " + node.systemId() + " (" + MaasProvider.shortHardware(node) + ")");
    err.println("Installing Juju agent on bootstrap instance");
    Sleeper.sleep(call.host().faults().bootstrapDelay());
    Machine deployed = deploy(node);
    connect(MaasProvider.address(deployed, call.host().settings().addressPrefix()), deployed);
  }

  /** Juju's MAAS provider probes the key first; a key MAAS does not know is a 401. */
  private void checkCredential() throws JujuError {
    call.host().maas().version();
    String given =
        call.state()
            .read(s -> s.credentials.get(request.cloud() + "/" + controller.credential()))
            .maasOauth();
    if (!given.equals(call.host().settings().maasApiKey().reveal())) {
      throw new JujuError("authentication failed.\n\nPlease ensure the credentials are correct.");
    }
    call.host().maas().whoami();
  }

  private Machine allocate() throws JujuError {
    if (controller.machineSystemId() != null) {
      return call.host().maas().machine(controller.machineSystemId());
    }
    try {
      Machine node =
          call.host()
              .provisioner()
              .provider()
              .allocate(request.machineConstraints(), controller.controllerModelUuid());
      controller = controller.withMachine(node.systemId(), null);
      call.state().update(s -> s.put(controller));
      return node;
    } catch (MaasConflictException e) {
      throw new JujuError(
          "failed to bootstrap model: cannot start bootstrap instance in"
              + " availability zone \"default\": failed to acquire node: "
              + e.body().strip());
    } catch (MaasException e) {
      throw new JujuError(
          "failed to bootstrap model: cannot start bootstrap instance in"
              + " availability zone \"default\": "
              + e.body().strip());
    }
  }

  private Machine deploy(Machine node) throws JujuError, InterruptedException {
    MaasProvider provider = call.host().provisioner().provider();
    try {
      Duration timeout =
          request.timeout() != null
              ? request.timeout()
              : call.host().settings().timings().deployTimeout();
      return provider.deployAndWait(
          node.systemId(),
          request.base(),
          controller.controllerModelUuid(),
          timeout,
          message -> {});
    } catch (MaasProvider.DeploymentFailed e) {
      throw new JujuError(
          "failed to bootstrap model: bootstrap instance started but did not"
              + " change to Deployed state: "
              + e.getMessage());
    }
  }

  private void connect(String address, Machine node) throws InterruptedException {
    err.println("Waiting for address");
    err.println("Attempting to connect to " + address + ":22");
    call.pause(1);
    err.println("Connected to " + address);
    err.println("Running machine configuration script...");
    Sleeper.sleep(call.host().settings().timings().agentStart());
    err.println("Bootstrap agent now started");
    err.println("Contacting Juju controller at " + address + " to verify accessibility...");
    call.pause(1);
    record(address, node);
    err.println();
    err.println("Bootstrap complete, controller \"" + request.controller() + "\" is now available");
    err.println("Controller machines are in the \"controller\" model");
    err.println();
    err.println("Now you can run");
    err.println("\tjuju add-model <model-name>");
    err.println("to create a new model to deploy workloads.");
  }

  private void record(String address, Machine node) {
    LabController done =
        controller.withMachine(node.systemId(), address).withPhase(LabController.Phase.AVAILABLE);
    call.state()
        .update(
            s ->
                ControllerModel.record(
                    s,
                    done,
                    node,
                    request.base(),
                    request.machineConstraints(),
                    request.addModel()));
    controller = done;
  }

  /** Interrupted as a wrapper job, not by a stop: the host goes down and resumes the job later. */
  private boolean hostShutdown() {
    return call.invocation().env().containsKey(Jobs.JOB_ENV) && !stopped();
  }

  private boolean stopped() {
    String runId = call.invocation().env().get(Jobs.JOB_ENV);
    return runId != null && call.host().jobs().stopRequested(runId);
  }

  /**
   * After a failure or a stop: release the node (if any) and forget the controller. A pending
   * interrupt is cleared first, so the release reaches MAAS.
   */
  private void cleanUp() {
    Thread.interrupted();
    LabController current = call.state().controller(controller.name()).orElse(controller);
    if (current.machineSystemId() != null) {
      call.host().provisioner().provider().releaseQuietly(current.machineSystemId());
    }
    call.state()
        .update(
            s -> {
              if (s.controllers.containsKey(current.name())
                  && !s.controllers.get(current.name()).isAvailable()) {
                s.controllers.remove(current.name());
              }
            });
  }
}
