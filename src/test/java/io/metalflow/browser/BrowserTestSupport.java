package io.metalflow.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A Metalflow on the embedded lab (ephemeral lab ports, a fresh data directory, the lab ten to
 * twenty times faster than real hardware) on a random port, and Debian's Chromium to look at it.
 * Chromium is checked before Spring starts, so a skipped class costs nothing. All browser test
 * classes share this configuration, hence one Spring context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "metalflow.lab.enabled=true",
      "metalflow.lab.maas.port=0",
      "metalflow.lab.main-host.port=0",
      "metalflow.lab.time-scale=0.05",
      "metalflow.admin.password=" + BrowserTestSupport.PASSWORD
    })
@ExtendWith(FailureScreenshots.class)
abstract class BrowserTestSupport {

  private static final Logger log = LoggerFactory.getLogger(BrowserTestSupport.class);

  private static final Pattern TASK_BY_ID =
      Pattern.compile("/camunda/api/engine/engine/default/task/[0-9a-f-]+$");

  static final String ADMIN = "admin";
  static final String PASSWORD = "Browser-Test-Secret-7";

  static Chromium chromium;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void freshDataDirectory(DynamicPropertyRegistry registry) throws IOException {
    String dataDir = Files.createTempDirectory("metalflow-browser").toString();
    registry.add("metalflow.data-dir", () -> dataDir);
  }

  @BeforeAll
  static void launchChromium() {
    chromium = Chromium.launch();
  }

  @AfterAll
  static void closeChromium() {
    if (chromium != null) {
      chromium.close();
      chromium = null;
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /**
   * A new tab that records the failed answers of Metalflow's APIs (the engine API behind the
   * webapps, the lab view's API: 400 or more) and any server error, and logs the page's console
   * errors. The webapps' own 404s before login (no session yet, no welcome page) are normal.
   */
  static Page newTab(List<String> failedRequests) {
    Page page = chromium.newPage();
    page.onPageError(error -> log.warn("Browser page error on {}: {}", page.url(), error));
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            log.warn("Browser console error on {}: {}", page.url(), message.text());
          }
        });
    page.onResponse(
        response -> {
          if (response.status() >= 500 || response.status() >= 400 && isApi(response.url())) {
            if (isTaskGoneWhileTasklistReadsIt(response)) {
              log.info(
                  "Tasklist read a task as it was completed (Camunda answers 500): {}",
                  response.url());
              return;
            }
            failedRequests.add(
                response.status() + " " + response.request().method() + " " + response.url());
          }
        });
    return page;
  }

  /**
   * Camunda's own race, not Metalflow's: Tasklist re-reads a task (GET …/task/{id}, HAL) right when
   * it is being completed; the engine finds the task, then fails to embed its identity links
   * because it is gone, and the REST API answers 500 "Cannot find task with id" instead of 404.
   */
  private static boolean isTaskGoneWhileTasklistReadsIt(Response response) {
    return response.status() == 500
        && "GET".equals(response.request().method())
        && TASK_BY_ID.matcher(response.url()).find()
        && bodyOf(response).contains("Cannot find task with id");
  }

  private static String bodyOf(Response response) {
    try {
      return response.text();
    } catch (PlaywrightException e) {
      return "";
    }
  }

  private static boolean isApi(String url) {
    return url.contains("/camunda/api/engine/") || url.contains("/lab/api/");
  }

  static List<String> failedRequests() {
    return new CopyOnWriteArrayList<>();
  }
}
