package io.metalflow.lab.juju;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * {@code juju bootstrap [flags] CLOUD[/REGION] [CONTROLLER]}: creates a controller on a MAAS node
 * (see {@link ControllerBootstrap}); progress on stderr, {@code ERROR …} and exit 1 on failure.
 * When the job wrapper resumes it after a host restart, it continues the recorded bootstrap.
 */
final class BootstrapCommand extends JujuCommand {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  FlagSpec flags(FlagSpec common) {
    for (String flag :
        List.of(
            "agent-version",
            "bootstrap-base",
            "bootstrap-constraints",
            "bootstrap-image",
            "bootstrap-series",
            "config",
            "constraints",
            "controller-charm-channel",
            "controller-charm-path",
            "credential",
            "metadata-source",
            "model-default",
            "regions",
            "storage-pool",
            "to",
            "add-model",
            "db-snap",
            "db-snap-asserts")) {
      common.value(flag);
    }
    return common
        .bool("auto-upgrade")
        .bool("build-agent")
        .bool("clouds")
        .bool("force")
        .bool("keep-broken")
        .bool("no-switch");
  }

  @Override
  void run(JujuCall call) throws JujuError, InterruptedException {
    BootstrapRequestArgs request = BootstrapRequestArgs.parse(call.args());
    boolean resumed = "true".equals(call.invocation().env().get(Jobs.RESUME_ENV));
    LabController existing = call.state().controller(request.controller()).orElse(null);
    if (resumed && existing != null) {
      if (existing.phase() == LabController.Phase.BOOTSTRAPPING) {
        new ControllerBootstrap(call, request, existing).run();
      }
      return;
    }
    LabCloud cloud = call.state().read(s -> s.clouds.get(request.cloud()));
    if (cloud == null) {
      throw new JujuError(
          "unknown cloud \"" + request.cloud() + "\", please try \"juju update-public-clouds\"");
    }
    call.state().update(s -> s.count(request.controller(), LabCounters::plusBootstrap));
    LabCredential credential = credential(call, request);
    LabController created = register(call, request, credential);
    new ControllerBootstrap(call, request, created).run();
  }

  private static LabCredential credential(JujuCall call, BootstrapRequestArgs request)
      throws JujuError {
    List<LabCredential> all =
        call.state().credentials().stream().filter(c -> c.cloud().equals(request.cloud())).toList();
    if (request.credential() != null) {
      return all.stream()
          .filter(c -> c.name().equals(request.credential()))
          .findFirst()
          .orElseThrow(
              () -> new JujuError("credential \"" + request.credential() + "\" not found"));
    }
    if (all.isEmpty()) {
      throw new JujuError(
          "detecting credentials for \""
              + request.cloud()
              + "\" cloud provider: maas credentials not found");
    }
    if (all.size() > 1) {
      throw new JujuError("more than one credential is available; specify with --credential");
    }
    return all.get(0);
  }

  /** Records the controller as bootstrapping, or fails when the name is taken. */
  private static LabController register(
      JujuCall call, BootstrapRequestArgs request, LabCredential credential) throws JujuError {
    LabController controller =
        new LabController(
            request.controller(),
            UUID.randomUUID().toString(),
            request.cloud(),
            request.region(),
            credential.name(),
            UUID.randomUUID().toString(),
            null,
            null,
            JujuVersion.NUMBER,
            HexFormat.of().formatHex(randomBytes()),
            request.modelConstraints().toString(),
            LabController.Phase.BOOTSTRAPPING,
            Instant.now());
    boolean added =
        call.state().write(s -> s.controllers.putIfAbsent(controller.name(), controller) == null);
    if (!added) {
      throw new JujuError("controller \"" + request.controller() + "\" already exists");
    }
    return controller;
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
