package io.metalflow.lab.maas;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The front door: MAAS's URL rules (trailing slash → 301, {@code api/version/}, 1.0 → 410),
 * parameter reading (query, urlencoded or multipart body), {@code op} from the query then the body,
 * OAuth, injected 503s, {@code (method, op)} dispatch, and the operation log.
 */
final class ApiDispatcher implements HttpHandler {

  static final String API = "/MAAS/api/2.0/";

  /** Constant per simulator version, as MAAS's hash of its API description. */
  static final String API_HASH = "8d3a5f7e0c1b4a9d2e6f8a0b3c5d7e9f1a2b4c6d";

  private static final Logger LOG = LoggerFactory.getLogger(ApiDispatcher.class);

  private final ApiRoutes routes;
  private final OAuthVerifier oauth;
  private final MaasFaults faults;
  private final OperationLog log;
  private final Clock clock;

  ApiDispatcher(
      ApiRoutes routes, OAuthVerifier oauth, MaasFaults faults, OperationLog log, Clock clock) {
    this.routes = routes;
    this.oauth = oauth;
    this.faults = faults;
    this.log = log;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      IncomingRequest request = IncomingRequest.read(exchange);
      Answer answer = answer(request);
      // Recorded before sending, so a client that saw the answer also sees it in the log.
      record(request, answer);
      send(exchange, answer.response());
    } finally {
      exchange.close();
    }
  }

  private Answer answer(IncomingRequest r) {
    String path = r.rawPath();
    if (!path.startsWith("/MAAS/")) {
      return new Answer(ApiResponse.text(404, "Not Found"), null, Params.empty());
    }
    if (!path.endsWith("/")) {
      String query = r.rawQuery() == null ? "" : "?" + r.rawQuery();
      return new Answer(ApiResponse.redirect(path + "/" + query), null, Params.empty());
    }
    if (path.equals("/MAAS/api/version/")) {
      return new Answer(ApiResponse.text(200, "2.0"), null, Params.empty());
    }
    if (path.startsWith("/MAAS/api/1.0/")) {
      return new Answer(
          ApiResponse.text(410, "The 1.0 API is no longer available. Please use API version 2.0."),
          null,
          Params.empty());
    }
    return dispatch(r);
  }

  private Answer dispatch(IncomingRequest r) {
    Params query = FormBodies.query(r.rawQuery());
    Params form;
    try {
      form = FormBodies.body(r.contentType(), r.body());
    } catch (ApiError e) {
      return new Answer(e.response(), query.first("op"), Params.empty());
    }
    String op = query.has("op") ? query.first("op") : form.first("op");
    Params params = (r.readsQuery() ? query : form).without("op").withoutAuth();
    return new Answer(respond(r, op, params), op, params);
  }

  private ApiResponse respond(IncomingRequest r, String op, Params params) {
    ApiRoutes.Match match =
        r.rawPath().startsWith(API)
            ? routes.match(r.rawPath().substring(API.length())).orElse(null)
            : null;
    if (match == null) {
      return ApiResponse.text(404, "Unknown API endpoint: " + r.rawPath() + ".");
    }
    AuthOutcome auth = oauth.verify(r.authorization());
    if (auth.rejection() != null) {
      return auth.rejection();
    }
    if (auth.isAnonymous() && match.route().access() != Route.Access.ANONYMOUS) {
      return anonymous(match.route(), r.method(), op);
    }
    if (!auth.isAnonymous() && faults.drawUnavailable()) {
      return ApiResponse.text(503, "Unable to connect to any rack controller.")
          .withHeader("Retry-After", "1");
    }
    return invoke(match, new ApiCall(r.method(), params, match.subject(), auth.username()), op);
  }

  private static ApiResponse anonymous(Route route, String method, String op) {
    if (route.access() == Route.Access.AUTHENTICATED) {
      return ApiResponse.text(401, "Forbidden");
    }
    if (method.equals("POST") && "accept".equals(op)) {
      return ApiResponse.text(401, "You must be logged in to accept machines.");
    }
    return unrecognised(method, op);
  }

  private static ApiResponse invoke(ApiRoutes.Match match, ApiCall call, String op) {
    ApiOperation operation = match.route().operations().get(new Route.Signature(call.method(), op));
    if (operation == null) {
      return unrecognised(call.method(), op);
    }
    try {
      return operation.handle(call);
    } catch (ApiError e) {
      return e.response();
    } catch (RuntimeException e) {
      LOG.error("MAAS lab: {} {} op={} failed", call.method(), match.route().path(), op, e);
      return ApiResponse.text(500, e.toString());
    }
  }

  private static ApiResponse unrecognised(String method, String op) {
    return ApiResponse.text(
        400, "Unrecognised signature: method=" + method + " op=" + (op == null ? "None" : op));
  }

  private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
    if (response.contentType() != null) {
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
    }
    response.headers().forEach(exchange.getResponseHeaders()::set);
    exchange.getResponseHeaders().set("X-MAAS-API-Hash", API_HASH);
    byte[] body = response.body();
    boolean empty = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private void record(IncomingRequest r, Answer answer) {
    int status = answer.response().status();
    log.record(
        new RecordedOperation(
            clock.instant(),
            r.method(),
            r.rawPath(),
            answer.op(),
            answer.params().asMap(),
            status));
    LOG.debug("MAAS lab: {} {} op={} -> {}", r.method(), r.rawPath(), answer.op(), status);
  }

  private record Answer(ApiResponse response, String op, Params params) {}
}
