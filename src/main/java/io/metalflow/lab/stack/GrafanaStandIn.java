package io.metalflow.lab.stack;

import java.util.List;

/**
 * A Grafana 9.5 stand-in on {@code ADDRESS:3000}: {@code /api/health} and the data-source API
 * behind basic auth {@code admin:<password>}; its Prometheus health check really queries the data
 * source's URL. Thread-safe; {@link #close()} is idempotent.
 */
public final class GrafanaStandIn implements AutoCloseable {

  public static final int PORT = 3000;

  private final StandInServer server;
  private final GrafanaDatasources datasources;
  private final String address;

  private GrafanaStandIn(StandInServer server, GrafanaDatasources datasources, String address) {
    this.server = server;
    this.datasources = datasources;
    this.address = address;
  }

  /**
   * Starts listening on {@code address:port} (a loopback address).
   *
   * @throws java.io.UncheckedIOException when the port is taken
   */
  public static GrafanaStandIn start(String address, int port, String adminPassword) {
    GrafanaDatasources datasources = new GrafanaDatasources();
    StandInServer server =
        StandInServer.start(address, port, "grafana", new GrafanaApi(adminPassword, datasources));
    return new GrafanaStandIn(server, datasources, address);
  }

  /**
   * Registers a data source as the charm does when related; a second call with the same name
   * changes nothing. Returns the stored data source.
   */
  public Datasource ensureDatasource(String name, String type, String url) {
    return datasources
        .add(name, type, url, "proxy")
        .orElseGet(() -> datasources.byName(name).orElseThrow());
  }

  public List<Datasource> datasources() {
    return datasources.list();
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
