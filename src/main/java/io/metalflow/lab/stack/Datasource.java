package io.metalflow.lab.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/** A Grafana data source as the stand-in stores it. */
public record Datasource(
    long id, String uid, String name, String type, String access, String url, boolean isDefault) {

  /** The object {@code GET /api/datasources} lists. */
  Map<String, Object> listView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", id);
    view.put("uid", uid);
    view.put("orgId", 1);
    view.put("name", name);
    view.put("type", type);
    view.put("typeName", "prometheus".equals(type) ? "Prometheus" : type);
    view.put("typeLogoUrl", "public/app/plugins/datasource/" + type + "/img/logo.svg");
    view.put("access", access);
    view.put("url", url);
    view.put("user", "");
    view.put("database", "");
    view.put("basicAuth", false);
    view.put("isDefault", isDefault);
    view.put("jsonData", Map.of());
    view.put("readOnly", false);
    return view;
  }

  /** The object {@code GET /api/datasources/uid/{uid}} returns. */
  Map<String, Object> detailView() {
    Map<String, Object> view = listView();
    view.remove("typeName");
    view.put("basicAuthUser", "");
    view.put("withCredentials", false);
    view.put("secureJsonFields", Map.of());
    view.put("version", 1);
    return view;
  }
}
