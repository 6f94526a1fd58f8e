package io.metalflow.lab.maas;

/** {@code POST machines/{id}/?op=mark_fixed}: Broken → Ready (or Deployed); else 409. */
final class MarkFixedHandler implements ApiOperation {

  private final LabContext ctx;

  MarkFixedHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              ctx.interventions().markFixed(s, m, call.username(), call.params().first("comment"));
              return ctx.machine(m);
            });
  }
}
