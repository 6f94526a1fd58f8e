package io.metalflow.overview;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is logged in to the Camunda webapps (Cockpit, Tasklist, Admin) in this request's HTTP
 * session, for one engine. The only place that reads the webapps' session object (a webapp class,
 * not an engine API); no session is created.
 */
final class WebappSession {

  private WebappSession() {}

  static Optional<LabCaller> user(HttpServletRequest request, String engineName) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentication login =
        AuthenticationUtil.getAuthsFromSession(session)
            .getAuthenticationForProcessEngine(engineName);
    if (login instanceof UserAuthentication user && user.getName() != null) {
      return Optional.of(new LabCaller(user.getName(), user.getGroupIds()));
    }
    return Optional.empty();
  }
}
