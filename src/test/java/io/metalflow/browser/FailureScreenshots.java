package io.metalflow.browser;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** When a browser test fails, saves every open tab as {@code failed-<test>-<n>.png}. */
final class FailureScreenshots implements TestWatcher {

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Chromium chromium = BrowserTestSupport.chromium;
    if (chromium != null) {
      chromium.screenshotAll("failed-" + context.getRequiredTestMethod().getName());
    }
  }
}
