package io.metalflow.lab.maas;

/** {@code GET users/{username}/}. */
final class UserReadHandler implements ApiOperation {

  @Override
  public ApiResponse handle(ApiCall call) {
    if (!SiteJson.ADMIN.equals(call.subject())) {
      throw ApiError.notFound("No User matches the given query.");
    }
    return ApiResponse.json(SiteJson.admin());
  }
}
