package io.metalflow.lab.maas;

/** {@code POST machines/{id}/?op=abort}: stops commissioning, testing, deploying or erasing. */
final class AbortHandler implements ApiOperation {

  private final LabContext ctx;

  AbortHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              ctx.interventions().abort(s, m, call.username(), call.params().first("comment"));
              return ctx.machine(m);
            });
  }
}
