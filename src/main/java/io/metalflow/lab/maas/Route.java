package io.metalflow.lab.maas;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One API resource: its path (relative to {@code /MAAS/api/2.0/}, group 1 = the object key), who
 * may call it, and its handlers by {@code (method, op)} signature.
 */
record Route(Pattern path, Access access, Map<Signature, ApiOperation> operations) {

  /** How a request without credentials is treated. */
  enum Access {
    /** Served to anyone ({@code version/}). */
    ANONYMOUS,
    /** 401 {@code Forbidden} without credentials. */
    AUTHENTICATED,
    /** Routed to MAAS's anonymous handler, which knows no list or allocate ({@code machines/}). */
    ANONYMOUS_VARIANT
  }

  /** A handler signature; {@code op} is null for plain CRUD. */
  record Signature(String method, String op) {}

  static Route of(String regex, Access access) {
    return new Route(Pattern.compile(regex), access, new LinkedHashMap<>());
  }

  Route on(String method, String op, ApiOperation operation) {
    operations.put(new Signature(method, op), operation);
    return this;
  }
}
