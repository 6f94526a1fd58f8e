package io.metalflow.security;

import io.metalflow.security.Rest.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A browser's view of the Camunda webapps: a cookie jar (session and {@code XSRF-TOKEN}), the login
 * form, and API calls with or without the {@code X-XSRF-TOKEN} header.
 */
final class WebappSession {

  static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";

  private final Rest browser;

  WebappSession(String base) {
    this.browser = Rest.withCookies(base);
  }

  /** Opens an app's page, as a browser does first: the server sets the session and CSRF cookies. */
  Reply open(String app) {
    return browser.get("/camunda/app/" + app + "/default/");
  }

  /** Logs in to {@code app} (cockpit, tasklist, admin) with the CSRF header. */
  Reply login(String app, String user, String password) {
    return post(LOGIN + app, form(user, password), true);
  }

  Reply get(String path) {
    return browser.get(path);
  }

  /** A form or JSON POST, with the CSRF header when {@code withToken}. */
  Reply post(String path, String body, boolean withToken) {
    String type = body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
    String token = csrfToken();
    List<String> headers = withToken && token != null ? List.of("X-XSRF-TOKEN", token) : List.of();
    return browser.send("POST", path, body, type, headers);
  }

  String csrfToken() {
    return browser.cookie("XSRF-TOKEN");
  }

  static String form(String user, String password) {
    return "username="
        + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
  }
}
