package io.metalflow.lab.maas;

/**
 * {@code POST machines/{id}/?op=deploy}: validates {@code distro_series}, auto-allocates a Ready
 * machine (with {@code agent_name}/{@code comment}), then Deploying; 409 from any other state.
 */
final class DeployHandler implements ApiOperation {

  private final LabContext ctx;

  DeployHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              if (p.flag("install_rackd")) {
                throw ApiError.badRequest(
                    "Deploying a machine as a rackd has been disabled and it's not supported"
                        + " anymore.");
              }
              DistroSeries series = DistroSeries.parse(p.first("distro_series"));
              MachineLifecycle.DeployOrigin origin =
                  new MachineLifecycle.DeployOrigin(p.first("agent_name"), p.first("comment"));
              ctx.lifecycle().deploy(s, m, call.username(), series, origin);
              return ctx.machine(m);
            });
  }
}
