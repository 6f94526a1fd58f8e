package io.metalflow.lab.maas;

/**
 * {@code POST machines/{id}/?op=commission}: New, Failed commissioning, Ready or Broken →
 * Commissioning; {@code testing_scripts=none} skips testing; other states → 400 {@code __all__}.
 */
final class CommissionHandler implements ApiOperation {

  private final LabContext ctx;

  CommissionHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    boolean skipTesting = "none".equals(call.params().first("testing_scripts"));
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              ctx.lifecycle().commission(s, m, call.username(), skipTesting);
              return ctx.machine(m);
            });
  }
}
