package io.metalflow.lab.maas;

/** {@code POST machines/{id}/?op=power_off}: powers off through the (simulated) BMC. */
final class PowerOffHandler implements ApiOperation {

  private final LabContext ctx;

  PowerOffHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              ctx.interventions().powerOff(s, m, call.username(), call.params().first("comment"));
              return ctx.machine(m);
            });
  }
}
