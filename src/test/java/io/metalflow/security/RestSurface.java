package io.metalflow.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every HTTP method and path a set of JAX-RS root resource classes serve, read from Jersey's own
 * resource model (the same introspection Jersey uses to route), sub-resource locators followed.
 * Path parameters are filled with {@code default} (the engine's name, so no call fails for an
 * unknown engine before its authentication is checked).
 */
final class RestSurface {

  /** One operation: HTTP method and a concrete path. */
  record Endpoint(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private static final int MAX_DEPTH = 8;

  private final Set<Endpoint> endpoints = new LinkedHashSet<>();
  private final Set<String> visited = new HashSet<>();

  private RestSurface() {}

  /** The operations of the root resources among {@code classes}. */
  static List<Endpoint> of(Iterable<Class<?>> classes) {
    RestSurface surface = new RestSurface();
    for (Class<?> type : classes) {
      if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        surface.visit(Resource.from(type), "", 0);
      }
    }
    return new ArrayList<>(surface.endpoints);
  }

  private void visit(Resource resource, String prefix, int depth) {
    if (resource == null || depth > MAX_DEPTH) {
      return;
    }
    String path = join(prefix, resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      endpoints.add(new Endpoint(method.getHttpMethod(), concrete(path)));
    }
    ResourceMethod locator = resource.getResourceLocator();
    if (locator != null) {
      Class<?> type = locator.getInvocable().getRawResponseType();
      if (visited.add(type.getName() + " " + path)) {
        visit(Resource.builder(type).build(), path, depth + 1);
      }
    }
    for (Resource child : resource.getChildResources()) {
      visit(child, path, depth + 1);
    }
  }

  private static String join(String prefix, String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return prefix;
    }
    String p = path.startsWith("/") ? path : "/" + path;
    return (prefix + p).replaceAll("/+$", "");
  }

  private static String concrete(String path) {
    String filled = path.replaceAll("\\{[^}]*}", "default");
    return filled.isEmpty() ? "/" : filled;
  }
}
