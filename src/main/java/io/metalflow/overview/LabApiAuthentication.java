package io.metalflow.overview;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Guards {@code /lab/api/*}: a request passes with a Camunda webapp session logged in to this
 * engine or with HTTP Basic credentials of an engine user (checked by Camunda's {@link
 * ProcessEngineAuthenticationFilter} with the HTTP Basic provider, as on {@code /engine-rest},
 * brute force lock included). With authorizations on, the user also needs ACCESS to the Cockpit
 * application, since the overview shows what Cockpit shows.
 *
 * <p>Without either: 401. A request from the page's script ({@code X-Requested-With:
 * XMLHttpRequest}) without credentials gets a 401 without a Basic challenge, so the browser shows
 * the page's "log in to Cockpit" hint instead of a password prompt. An authenticated user without
 * Cockpit access: 403. The engine user is never bound to the thread: the overview is the same for
 * everyone who may see it.
 */
final class LabApiAuthentication implements Filter {

  static final String COCKPIT = "cockpit";

  private final ProcessEngine engine;
  private final BasicAuthentication basic = new BasicAuthentication();

  LabApiAuthentication(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    basic.init(config);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    Optional<LabCaller> loggedIn = WebappSession.user(request, engine.getName());
    if (loggedIn.isPresent()) {
      admit(loggedIn.get(), request, response, chain);
    } else if (request.getHeader("Authorization") == null && fromScript(request)) {
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "log in to Cockpit first");
    } else {
      basic.doFilter(
          request, response, (rq, rs) -> admit(basic.caller(), request, response, chain));
    }
  }

  private void admit(
      LabCaller caller, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (mayUseCockpit(caller)) {
      chain.doFilter(request, response);
    } else {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "no access to Cockpit");
    }
  }

  private boolean mayUseCockpit(LabCaller caller) {
    if (caller == null) {
      return false;
    }
    if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return true;
    }
    return engine
        .getAuthorizationService()
        .isUserAuthorized(
            caller.userId(), caller.groupIds(), Permissions.ACCESS, Resources.APPLICATION, COCKPIT);
  }

  private static boolean fromScript(HttpServletRequest request) {
    return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.getWriter().write("{\"error\":\"" + message + "\"}");
  }

  /**
   * Camunda's filter, except that it records the authenticated user for this thread instead of
   * binding it to the engine, so the overview is read without per-user authorization filtering.
   */
  private static final class BasicAuthentication extends ProcessEngineAuthenticationFilter {

    private final ThreadLocal<LabCaller> caller = new ThreadLocal<>();

    LabCaller caller() {
      return caller.get();
    }

    @Override
    protected void setAuthenticatedUser(
        ProcessEngine engine, String userId, List<String> groupIds, List<String> tenantIds) {
      List<String> groups = groupIds == null ? getGroupsOfUser(engine, userId) : groupIds;
      caller.set(new LabCaller(userId, groups));
    }

    @Override
    protected void clearAuthentication(ProcessEngine engine) {
      caller.remove();
    }
  }
}
