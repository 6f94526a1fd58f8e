package io.metalflow.lab.maas;

import java.util.Map;

/** {@code GET machines/{id}/?op=query_power_state} → {@code {"state": "on"|"off"}}. */
final class PowerStateHandler implements ApiOperation {

  private final LabContext ctx;

  PowerStateHandler(LabContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public ApiResponse handle(ApiCall call) {
    return ctx.lab()
        .read(s -> ApiResponse.json(Map.of("state", s.machineOr404(call.subject()).powerState)));
  }
}
