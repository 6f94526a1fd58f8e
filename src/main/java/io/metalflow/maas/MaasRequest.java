package io.metalflow.maas;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * One MAAS API call before it goes on the wire: method, path segments under {@code api/2.0/}, the
 * {@code op} and the other parameters in order (a key may repeat). A GET carries everything in the
 * query; a POST carries {@code op} in the query and the rest as an {@code
 * application/x-www-form-urlencoded} body, as gomaasapi does. Paths always end with a slash.
 */
record MaasRequest(String method, List<String> segments, String op, List<Param> params) {

  /** System ids and tag names are used as path segments; MAAS allows no other characters. */
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  record Param(String name, String value) {}

  MaasRequest {
    segments = List.copyOf(segments);
    params = List.copyOf(params);
  }

  static MaasRequest get(String op, String... segments) {
    return new MaasRequest("GET", List.of(segments), op, List.of());
  }

  static MaasRequest post(String op, String... segments) {
    return new MaasRequest("POST", List.of(segments), op, List.of());
  }

  /** A path segment built from a caller's value (system id, tag name), checked first. */
  static String segment(String what, String value) {
    if (value == null || !SEGMENT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "invalid MAAS " + what + ": '" + value + "' (expected letters, digits, '-' or '_')");
    }
    return value;
  }

  /** Adds {@code name=value} unless the value is null or blank. */
  MaasRequest with(String name, Object value) {
    if (value == null || value.toString().isBlank()) {
      return this;
    }
    List<Param> more = new ArrayList<>(params);
    more.add(new Param(name, value.toString()));
    return new MaasRequest(method, segments, op, more);
  }

  /** Adds one {@code name=value} per value: MAAS's way of sending a list. */
  MaasRequest withEach(String name, List<?> values) {
    MaasRequest result = this;
    for (Object value : values) {
      result = result.with(name, value);
    }
    return result;
  }

  /** How errors name the call, e.g. {@code POST machines/?op=allocate}. */
  String operation() {
    return method + " " + String.join("/", segments) + "/" + (op == null ? "" : "?op=" + op);
  }

  Request toHttpRequest(HttpUrl apiRoot) {
    HttpUrl.Builder url = apiRoot.newBuilder();
    segments.forEach(url::addPathSegment);
    url.addPathSegment("");
    if (op != null) {
      url.addQueryParameter("op", op);
    }
    if ("GET".equals(method)) {
      params.forEach(p -> url.addQueryParameter(p.name(), p.value()));
      return new Request.Builder().url(url.build()).get().build();
    }
    FormBody.Builder form = new FormBody.Builder();
    params.forEach(p -> form.add(p.name(), p.value()));
    return new Request.Builder().url(url.build()).method(method, form.build()).build();
  }
}
