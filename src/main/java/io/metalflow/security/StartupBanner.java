package io.metalflow.security;

import java.io.PrintStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the operator where Metalflow answers and how to log in. A generated password is printed
 * once, on the console only: it never goes to the log file.
 */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final IdentitySetup identity;
  private final AdminProperties admin;

  StartupBanner(IdentitySetup identity, AdminProperties admin) {
    this.identity = identity;
    this.admin = admin;
  }

  @EventListener
  void onReady(ApplicationReadyEvent event) {
    int port = 8080;
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      port = web.getWebServer().getPort();
    }
    String base = "http://localhost:" + port;
    log.info(
        "Metalflow is up: Cockpit {}/camunda/app/cockpit/default/ , Tasklist"
            + " {}/camunda/app/tasklist/default/ , REST {}/engine-rest , lab view {}/lab/",
        base,
        base,
        base,
        base);
    printLogin(System.out);
  }

  private void printLogin(PrintStream out) {
    AdminPassword password = identity.adminPassword();
    if (password == null) {
      return;
    }
    if (password.generated()) {
      out.println();
      out.println(
          "  Metalflow admin login (shown once): user '"
              + admin.user()
              + "', password: "
              + password.value());
      out.println("  It is stored in " + password.file() + " (mode 0600).");
      out.println();
    } else if (password.file() != null) {
      log.info("Admin user '{}': the password is in {}", admin.user(), password.file());
    } else {
      log.info("Admin user '{}': the password comes from METALFLOW_ADMIN_PASSWORD", admin.user());
    }
  }
}
