package io.metalflow.lab.maas;

import java.util.List;

/** {@code GET resourcepools/}: the one pool {@code default}. */
final class PoolsHandler implements ApiOperation {

  @Override
  public ApiResponse handle(ApiCall call) {
    return ApiResponse.json(List.of(SiteJson.pool("default")));
  }
}
