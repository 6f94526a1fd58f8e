package io.metalflow.lab.maas;

import java.util.List;

/** {@code GET users/}: the lab has one user. */
final class UsersListHandler implements ApiOperation {

  @Override
  public ApiResponse handle(ApiCall call) {
    return ApiResponse.json(List.of(SiteJson.admin()));
  }
}
