package io.metalflow.lab.maas;

/** {@code GET tags/{name}/}; unknown → 404 {@code No Tag matches the given query.} */
final class TagReadHandler implements ApiOperation {

  static final String NO_TAG = "No Tag matches the given query.";

  private final LabContext ctx;

  TagReadHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab()
        .read(
            s ->
                ApiResponse.json(
                    SiteJson.tag(
                        s.tag(call.subject()).orElseThrow(() -> ApiError.notFound(NO_TAG)))));
  }
}
