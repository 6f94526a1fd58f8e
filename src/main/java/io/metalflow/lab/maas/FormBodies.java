package io.metalflow.lab.maas;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads query strings and request bodies the way Django fills {@code request.GET} and {@code
 * request.POST}: {@code application/x-www-form-urlencoded} and {@code multipart/form-data}; any
 * other body gives no parameters.
 */
final class FormBodies {

  private FormBodies() {}

  static Params query(String rawQuery) {
    Params params = Params.empty();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.add(decode(name), decode(value));
    }
    return params;
  }

  static Params body(String contentType, byte[] body) {
    if (contentType == null || body.length == 0) {
      return Params.empty();
    }
    Map<String, String> type = HeaderParams.parse(contentType);
    String mediaType = type.get("");
    if ("application/x-www-form-urlencoded".equals(mediaType)) {
      return query(new String(body, StandardCharsets.UTF_8));
    }
    if ("multipart/form-data".equals(mediaType)) {
      String boundary = type.get("boundary");
      if (boundary == null || boundary.isEmpty()) {
        throw ApiError.badRequest("Invalid boundary in multipart: None");
      }
      return MultipartForm.parse(boundary, body);
    }
    return Params.empty();
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }
}
