package io.metalflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;

/**
 * Opens a page and waits until it shows what it is for. The Camunda webapps load dozens of scripts
 * through RequireJS without a timeout: on a busy machine, the first load after startup sometimes
 * stalls on its spinner for good. Then the page is reloaded, as an operator would.
 */
final class PageLoad {

  static final int ATTEMPTS = 3;
  static final double WAIT_MILLIS = 60_000;

  private PageLoad() {}

  static void open(Page page, String url, Locator ready) {
    page.navigate(url);
    for (int attempt = 1; ; attempt++) {
      try {
        ready.waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MILLIS));
        return;
      } catch (TimeoutError e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        page.reload();
      }
    }
  }
}
