package io.metalflow.stack;

import okhttp3.HttpUrl;

/** A Grafana data source as {@code /api/datasources} lists it. */
record GrafanaDatasource(long id, String uid, String name, String type, String url) {

  /** A Prometheus data source whose URL names {@code host} and port 9090. */
  boolean isPrometheusAt(String host) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    return "prometheus".equals(type)
        && parsed != null
        && parsed.host().equals(host)
        && parsed.port() == PrometheusApi.PORT;
  }
}
