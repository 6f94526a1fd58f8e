package io.metalflow.lab.maas;

/**
 * {@code POST machines/{id}/?op=set_workload_annotations} and its deprecated alias {@code
 * set_owner_data}: every parameter is a key; an empty value deletes it. The machine must be owned.
 */
final class WorkloadAnnotationsHandler implements ApiOperation {

  private final LabContext ctx;

  WorkloadAnnotationsHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    return ctx.lab()
        .write(
            s -> {
              LabMachine m = s.machineOr404(call.subject());
              if (m.owner == null) {
                throw ApiError.conflict("Cannot set workload annotation: it hasn't been acquired.");
              }
              for (String key : p.orderedNames()) {
                String value = p.first(key);
                if (value == null || value.isEmpty()) {
                  m.ownerData.remove(key);
                } else {
                  m.ownerData.put(key, value);
                }
              }
              return ctx.machine(m);
            });
  }
}
