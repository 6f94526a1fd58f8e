package io.metalflow.lab.maas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A MAAS error answer raised from a handler: text/plain for {@code MAASAPIBadRequest}, state
 * conflicts and lookups, JSON {@code {field: [messages]}} for validation errors. Carries no stack
 * trace: it is an answer, not a fault.
 */
final class ApiError extends RuntimeException {

  private final transient ApiResponse response;

  private ApiError(ApiResponse response) {
    super(response.status() + " " + response.bodyText(), null, false, false);
    this.response = response;
  }

  ApiResponse response() {
    return response;
  }

  static ApiError badRequest(String text) {
    return new ApiError(ApiResponse.text(400, text));
  }

  static ApiError invalid(String field, String message) {
    return invalid(Map.of(field, List.of(message)));
  }

  static ApiError invalid(Map<String, List<String>> errors) {
    return new ApiError(ApiResponse.json(400, new LinkedHashMap<>(errors)));
  }

  static ApiError forbidden(String text) {
    return new ApiError(ApiResponse.text(403, text));
  }

  static ApiError notFound(String text) {
    return new ApiError(ApiResponse.text(404, text));
  }

  static ApiError conflict(String text) {
    return new ApiError(ApiResponse.text(409, text));
  }
}
