package io.metalflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Clip;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Saves screenshots under {@code target/screenshots/} (the curated ones for the docs under {@code
 * target/screenshots/docs/}); a later one of the same name replaces it.
 */
final class Screenshots {

  static final Path DIRECTORY = Paths.get("target", "screenshots");
  static final Path DOCS = DIRECTORY.resolve("docs");

  private Screenshots() {}

  static Path of(Page page, String name) {
    Path file = DIRECTORY.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(file));
    return file;
  }

  /**
   * Saves the part of the tab that {@code areas} cover together, cut at the bottom of the viewport,
   * as {@code docs/<name>.png}: the curated pictures that {@code docs/images/} copies.
   */
  static Path forDocs(Page page, String name, Locator... areas) {
    Path file = DOCS.resolve(name + ".png");
    List<BoundingBox> boxes = Stream.of(areas).map(Locator::boundingBox).toList();
    double left = boxes.stream().mapToDouble(b -> b.x).min().orElseThrow();
    double top = boxes.stream().mapToDouble(b -> b.y).min().orElseThrow();
    double right = boxes.stream().mapToDouble(b -> b.x + b.width).max().orElseThrow();
    double bottom = boxes.stream().mapToDouble(b -> b.y + b.height).max().orElseThrow();
    bottom = Math.min(bottom, page.viewportSize().height);
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(file)
            .setClip(new Clip(left, top, right - left, bottom - top)));
    return file;
  }

  static Path of(Locator element, String name) {
    Path file = DIRECTORY.resolve(name + ".png");
    element.screenshot(new Locator.ScreenshotOptions().setPath(file));
    return file;
  }
}
