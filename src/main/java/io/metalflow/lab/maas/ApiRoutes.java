package io.metalflow.lab.maas;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/** The resources the simulator serves under {@code /MAAS/api/2.0/} and their handlers. */
final class ApiRoutes {

  private static final String KEY = "([^/]+)/";

  private final List<Route> routes;

  ApiRoutes(LabContext ctx) {
    routes =
        List.of(
            Route.of("version/", Route.Access.ANONYMOUS).on("GET", null, new VersionHandler()),
            Route.of("users/", Route.Access.AUTHENTICATED)
                .on("GET", "whoami", new WhoamiHandler())
                .on("GET", null, new UsersListHandler()),
            Route.of("users/" + KEY, Route.Access.AUTHENTICATED)
                .on("GET", null, new UserReadHandler()),
            Route.of("machines/", Route.Access.ANONYMOUS_VARIANT)
                .on("GET", null, new MachinesListHandler(ctx))
                .on("POST", "allocate", new AllocateHandler(ctx))
                .on("POST", "release", new BulkReleaseHandler(ctx)),
            machine(ctx),
            Route.of("tags/", Route.Access.AUTHENTICATED)
                .on("GET", null, new TagsListHandler(ctx))
                .on("POST", null, new TagCreateHandler(ctx)),
            Route.of("tags/" + KEY, Route.Access.AUTHENTICATED)
                .on("GET", null, new TagReadHandler(ctx))
                .on("DELETE", null, new TagDeleteHandler(ctx))
                .on("POST", "update_nodes", new TagUpdateNodesHandler(ctx))
                .on("GET", "machines", new TagMachinesHandler(ctx)),
            Route.of("zones/", Route.Access.AUTHENTICATED).on("GET", null, new ZonesHandler()),
            Route.of("resourcepools/", Route.Access.AUTHENTICATED)
                .on("GET", null, new PoolsHandler()),
            Route.of("events/", Route.Access.AUTHENTICATED)
                .on("GET", "query", new EventsQueryHandler(ctx)));
  }

  private static Route machine(LabContext ctx) {
    WorkloadAnnotationsHandler annotations = new WorkloadAnnotationsHandler(ctx);
    return Route.of("machines/" + KEY, Route.Access.AUTHENTICATED)
        .on("GET", null, new MachineReadHandler(ctx))
        .on("GET", "query_power_state", new PowerStateHandler(ctx))
        .on("POST", "deploy", new DeployHandler(ctx))
        .on("POST", "release", new ReleaseHandler(ctx))
        .on("POST", "commission", new CommissionHandler(ctx))
        .on("POST", "abort", new AbortHandler(ctx))
        .on("POST", "mark_broken", new MarkBrokenHandler(ctx))
        .on("POST", "mark_fixed", new MarkFixedHandler(ctx))
        .on("POST", "power_on", new PowerOnHandler(ctx))
        .on("POST", "power_off", new PowerOffHandler(ctx))
        .on("POST", "set_owner_data", annotations)
        .on("POST", "set_workload_annotations", annotations);
  }

  /** The route serving {@code relativePath} and the path's object key (or null). */
  Optional<Match> match(String relativePath) {
    for (Route route : routes) {
      Matcher m = route.path().matcher(relativePath);
      if (m.matches()) {
        return Optional.of(new Match(route, m.groupCount() > 0 ? m.group(1) : null));
      }
    }
    return Optional.empty();
  }

  record Match(Route route, String subject) {}
}
