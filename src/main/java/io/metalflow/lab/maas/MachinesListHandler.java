package io.metalflow.lab.maas;

/** {@code GET machines/}: all machines matching the filters, oldest first; never 404. */
final class MachinesListHandler implements ApiOperation {

  private final LabContext ctx;

  MachinesListHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab()
        .read(
            s -> {
              MachineCriteria criteria = MachineCriteria.forList(call.params(), s);
              return ApiResponse.json(
                  ctx.json().renderAll(s.machines.stream().filter(criteria::matches).toList()));
            });
  }
}
