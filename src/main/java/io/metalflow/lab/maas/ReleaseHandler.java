package io.metalflow.lab.maas;

/**
 * {@code POST machines/{id}/?op=release}: Ready or Releasing is a no-op 200; a powered-off machine
 * is Ready in the answer already; {@code erase} goes through Disk erasing; else 409.
 */
final class ReleaseHandler implements ApiOperation {

  private final LabContext ctx;

  ReleaseHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    boolean erase = p.flag("erase");
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              ctx.lifecycle().release(s, m, call.username(), p.first("comment"), erase);
              return ctx.machine(m);
            });
  }
}
