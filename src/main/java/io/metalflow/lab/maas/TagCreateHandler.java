package io.metalflow.lab.maas;

import java.util.regex.Pattern;

/**
 * {@code POST tags/}: creates a tag ({@code name} required, {@code ^[a-zA-Z0-9_-]+$}, unique). A
 * {@code definition} is stored but not evaluated: the lab tags machines only through {@code
 * update_nodes}.
 */
final class TagCreateHandler implements ApiOperation {

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,256}");

  private final LabContext ctx;

  TagCreateHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    String name = p.first("name");
    if (name == null || name.isEmpty()) {
      throw ApiError.invalid("name", "This field is required.");
    }
    if (!NAME.matcher(name).matches()) {
      throw ApiError.invalid("name", "Enter a valid value.");
    }
    LabTag tag =
        new LabTag(
            name,
            orEmpty(p.first("comment")),
            orEmpty(p.first("definition")),
            orEmpty(p.first("kernel_opts")));
    return ctx.lab()
        .write(
            s -> {
              if (s.tag(name).isPresent()) {
                throw ApiError.invalid("name", "Tag with this Name already exists.");
              }
              s.tags.add(tag);
              return ApiResponse.json(SiteJson.tag(tag));
            });
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
