package io.metalflow.lab.maas;

import io.metalflow.maas.MachineStatus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * {@code POST machines/?op=release} with {@code machines=<id>} repeated (Juju, Terraform): releases
 * what it can and answers the ids released; Ready ones are skipped silently; unknown ids → 400
 * (nothing released); machines that cannot be released (including ones already Releasing) → 409
 * naming them, the others having been released.
 */
final class BulkReleaseHandler implements ApiOperation {

  private final LabContext ctx;

  BulkReleaseHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    List<String> ids = new ArrayList<>(new LinkedHashSet<>(call.params().all("machines")));
    return ctx.lab().write(s -> release(s, ids, call));
  }

  private ApiResponse release(LabState s, List<String> ids, ApiCall call) {
    List<String> unknown = ids.stream().filter(id -> s.machine(id).isEmpty()).toList();
    if (!unknown.isEmpty()) {
      throw ApiError.badRequest("Unknown machine(s): " + String.join(", ", unknown) + ".");
    }
    List<String> released = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (String id : ids) {
      LabMachine m = s.machineOr404(id);
      if (m.status == MachineStatus.READY) {
        continue;
      }
      if (!MachineLifecycle.RELEASABLE.contains(m.status)) {
        failed.add(id + " ('" + m.status.displayName() + "')");
        continue;
      }
      ctx.lifecycle().release(s, m, call.username(), call.params().first("comment"), false);
      released.add(id);
    }
    if (!failed.isEmpty()) {
      return ApiResponse.text(
          409,
          "Machine(s) cannot be released in their current state: "
              + String.join(", ", failed)
              + ".");
    }
    return ApiResponse.json(released);
  }
}
