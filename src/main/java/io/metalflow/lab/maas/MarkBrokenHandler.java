package io.metalflow.lab.maas;

/**
 * {@code POST machines/{id}/?op=mark_broken}: any → Broken; {@code comment} (or legacy {@code
 * error_description}).
 */
final class MarkBrokenHandler implements ApiOperation {

  private final LabContext ctx;

  MarkBrokenHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    String comment = p.has("comment") ? p.first("comment") : p.first("error_description");
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              ctx.interventions().markBroken(s, m, call.username(), comment);
              return ctx.machine(m);
            });
  }
}
