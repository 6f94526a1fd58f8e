package io.metalflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Saves screenshots under {@code target/screenshots/}; a later one of the same name replaces it.
 */
final class Screenshots {

  static final Path DIRECTORY = Paths.get("target", "screenshots");

  private Screenshots() {}

  static Path of(Page page, String name) {
    Path file = DIRECTORY.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file));
    return file;
  }

  static Path of(Locator element, String name) {
    Path file = DIRECTORY.resolve(name + ".png");
    element.screenshot(new Locator.ScreenshotOptions().setPath(file));
    return file;
  }
}
