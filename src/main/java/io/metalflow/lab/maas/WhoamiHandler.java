package io.metalflow.lab.maas;

/** {@code GET users/?op=whoami}: the caller, always the lab's superuser {@code admin}. */
final class WhoamiHandler implements ApiOperation {

  @Override
  public ApiResponse handle(ApiCall call) {
    return ApiResponse.json(SiteJson.admin());
  }
}
