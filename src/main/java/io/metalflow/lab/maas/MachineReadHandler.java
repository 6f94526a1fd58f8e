package io.metalflow.lab.maas;

/**
 * {@code GET machines/{system_id}/}; unknown id → 404 {@code No Machine matches the given query.}
 */
final class MachineReadHandler implements ApiOperation {

  private final LabContext ctx;

  MachineReadHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab().read(s -> ctx.machine(s.machineOr404(call.subject())));
  }
}
