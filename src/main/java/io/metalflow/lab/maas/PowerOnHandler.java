package io.metalflow.lab.maas;

/** {@code POST machines/{id}/?op=power_on}: needs an owner; on an Allocated machine, deploys. */
final class PowerOnHandler implements ApiOperation {

  private final LabContext ctx;

  PowerOnHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              ctx.interventions().powerOn(s, m, call.username(), call.params().first("comment"));
              return ctx.machine(m);
            });
  }
}
