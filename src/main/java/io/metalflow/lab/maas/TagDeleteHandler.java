package io.metalflow.lab.maas;

/** {@code DELETE tags/{name}/} → 204; the tag leaves every machine. */
final class TagDeleteHandler implements ApiOperation {

  private final LabContext ctx;

  TagDeleteHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    String name = call.subject();
    return ctx.lab()
        .write(
            s -> {
              LabTag tag = s.tag(name).orElseThrow(() -> ApiError.notFound(TagReadHandler.NO_TAG));
              s.tags.remove(tag);
              s.machines.forEach(m -> m.tags.remove(name));
              return ApiResponse.noContent();
            });
  }
}
