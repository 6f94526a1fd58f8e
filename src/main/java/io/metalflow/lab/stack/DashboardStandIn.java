package io.metalflow.lab.stack;

import com.sun.net.httpserver.HttpExchange;

/**
 * The Juju dashboard stand-in on {@code ADDRESS:8080}: a small HTML page naming the controller.
 * {@link #close()} is idempotent.
 */
public final class DashboardStandIn implements AutoCloseable {

  public static final int PORT = 8080;

  private final StandInServer server;
  private final String address;

  private DashboardStandIn(StandInServer server, String address) {
    this.server = server;
    this.address = address;
  }

  /**
   * Starts listening on {@code address:port} (a loopback address).
   *
   * @throws java.io.UncheckedIOException when the port is taken
   */
  public static DashboardStandIn start(String address, int port, String controller) {
    String page =
        "<!doctype html>\n<html><head><title>Juju Dashboard</title></head>\n"
            + "<body><h1>Juju Dashboard</h1><p>Controller: "
            + controller.replaceAll("[^a-z0-9-]", "")
            + "</p></body></html>\n";
    StandInServer server =
        StandInServer.start(address, port, "dashboard", exchange -> serve(exchange, page));
    return new DashboardStandIn(server, address);
  }

  private static void serve(HttpExchange exchange, String page) throws java.io.IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (path.equals("/") || path.equals("/index.html")) {
        Exchanges.text(exchange, 200, "text/html; charset=utf-8", page);
      } else {
        Exchanges.text(exchange, 404, "text/plain", "404 page not found\n");
      }
    }
  }

  /** {@code http://ADDRESS:PORT}. */
  public String url() {
    return "http://" + address + ":" + server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
