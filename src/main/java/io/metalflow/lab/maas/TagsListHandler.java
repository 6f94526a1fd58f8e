package io.metalflow.lab.maas;

/** {@code GET tags/}: all tags, oldest first. */
final class TagsListHandler implements ApiOperation {

  private final LabContext ctx;

  TagsListHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab().read(s -> ApiResponse.json(s.tags.stream().map(SiteJson::tag).toList()));
  }
}
