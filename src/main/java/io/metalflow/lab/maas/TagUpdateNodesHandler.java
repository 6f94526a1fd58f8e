package io.metalflow.lab.maas;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST tags/{name}/?op=update_nodes} with {@code add}/{@code remove} system ids
 * (repeatable): answers how many of the given ids exist (unknown ids are ignored, as MAAS does); a
 * {@code definition} that differs from the tag's → 409.
 */
final class TagUpdateNodesHandler implements ApiOperation {

  private final LabContext ctx;

  TagUpdateNodesHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    return ctx.lab()
        .write(
            s -> {
              LabTag tag =
                  s.tag(call.subject()).orElseThrow(() -> ApiError.notFound(TagReadHandler.NO_TAG));
              String definition = p.first("definition");
              if (definition != null && !definition.equals(tag.definition())) {
                throw ApiError.conflict(
                    "Definition supplied '"
                        + definition
                        + "' doesn't match current definition '"
                        + tag.definition()
                        + "'");
              }
              int added = apply(s, p.all("add"), m -> addTag(m, tag.name()));
              int removed = apply(s, p.all("remove"), m -> m.tags.remove(tag.name()));
              return ApiResponse.json(Map.of("added", added, "removed", removed));
            });
  }

  private static int apply(
      LabState s, List<String> ids, java.util.function.Consumer<LabMachine> change) {
    int count = 0;
    for (String id : ids) {
      Optional<LabMachine> m = s.machine(id);
      if (m.isPresent()) {
        change.accept(m.get());
        count++;
      }
    }
    return count;
  }

  private static void addTag(LabMachine m, String name) {
    if (!m.tags.contains(name)) {
      m.tags.add(name);
    }
  }
}
