package io.metalflow.lab.maas;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** One answer of the simulated API: status, content type, body and extra headers. */
record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";

  ApiResponse {
    headers = Map.copyOf(headers);
  }

  static ApiResponse json(Object value) {
    return json(200, value);
  }

  static ApiResponse json(int status, Object value) {
    try {
      return new ApiResponse(status, JSON, LabJson.MAPPER.writeValueAsBytes(value), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render JSON", e);
    }
  }

  static ApiResponse text(int status, String text) {
    return new ApiResponse(status, TEXT, text.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static ApiResponse noContent() {
    return new ApiResponse(204, null, new byte[0], Map.of());
  }

  static ApiResponse redirect(String location) {
    return new ApiResponse(301, null, new byte[0], Map.of("Location", location));
  }

  ApiResponse withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, contentType, body, copy);
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
