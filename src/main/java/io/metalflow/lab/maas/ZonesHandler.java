package io.metalflow.lab.maas;

import java.util.List;

/** {@code GET zones/}: the one zone {@code default}. */
final class ZonesHandler implements ApiOperation {

  @Override
  public ApiResponse handle(ApiCall call) {
    return ApiResponse.json(List.of(SiteJson.zone("default")));
  }
}
