package io.metalflow.lab.stack;

/**
 * A Prometheus stand-in on {@code ADDRESS:9090}: ready/healthy probes and instant queries. {@link
 * #close()} is idempotent.
 */
public final class PrometheusStandIn implements AutoCloseable {

  public static final int PORT = 9090;

  private final StandInServer server;
  private final String address;

  private PrometheusStandIn(StandInServer server, String address) {
    this.server = server;
    this.address = address;
  }

  /**
   * Starts listening on {@code address:port} (a loopback address).
   *
   * @throws java.io.UncheckedIOException when the port is taken
   */
  public static PrometheusStandIn start(String address, int port) {
    return new PrometheusStandIn(
        StandInServer.start(address, port, "prometheus", new PrometheusApi()), address);
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
