package io.metalflow.lab.maas;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.metalflow.maas.MachineStatus;
import java.util.Comparator;

/**
 * {@code POST machines/?op=allocate}: the smallest Ready, unowned machine matching the constraints
 * becomes Allocated to the caller with the given {@code agent_name}; 409 texts as MAAS when none
 * matches; {@code dry_run} picks without allocating.
 */
final class AllocateHandler implements ApiOperation {

  private final LabContext ctx;

  AllocateHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    Params p = call.params();
    boolean dryRun = p.flag("dry_run");
    return ctx.lab()
        .write(
            s -> {
              MachineCriteria criteria = MachineCriteria.forAllocate(p, s);
              StorageInterfaceConstraints devices = StorageInterfaceConstraints.parse(p);
              LabMachine m =
                  s.machines.stream()
                      .filter(c -> c.status == MachineStatus.READY && c.owner == null && !c.locked)
                      .filter(criteria::matches)
                      .filter(devices::matches)
                      .min(Comparator.comparingDouble(LabMachine::cost))
                      .orElseThrow(() -> ApiError.conflict(noMatch(p, criteria)));
              if (!dryRun) {
                ctx.lifecycle()
                    .allocate(s, m, call.username(), p.first("agent_name"), p.first("comment"));
              }
              ObjectNode json = ctx.json().render(m);
              json.set("constraints_by_type", devices.constraintsByType(m));
              return ApiResponse.json(json);
            });
  }

  private static String noMatch(Params p, MachineCriteria criteria) {
    if (p.has("system_id")) {
      return "No machine with system ID " + p.first("system_id") + " available.";
    }
    if (p.isEmpty()) {
      return "No machine available.";
    }
    return "No available machine matches constraints: "
        + PyRepr.paramList(p)
        + " (resolved to \""
        + criteria.describe()
        + "\")";
  }
}
