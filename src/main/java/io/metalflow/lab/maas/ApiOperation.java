package io.metalflow.lab.maas;

/** One handler: answers one {@code (method, op)} signature of one resource. */
@FunctionalInterface
interface ApiOperation {

  /**
   * Answers the call; throws {@link ApiError} for MAAS error answers.
   *
   * @return the response to send
   */
  ApiResponse handle(ApiCall call);
}
