package io.metalflow.lab.maas;

/** {@code GET tags/{name}/?op=machines}: full machine objects carrying the tag. */
final class TagMachinesHandler implements ApiOperation {

  private final LabContext ctx;

  TagMachinesHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String name = call.subject();
    return ctx.lab()
        .read(
            s -> {
              s.tag(name).orElseThrow(() -> ApiError.notFound(TagReadHandler.NO_TAG));
              return ApiResponse.json(
                  ctx.json()
                      .renderAll(s.machines.stream().filter(m -> m.tags.contains(name)).toList()));
            });
  }
}
