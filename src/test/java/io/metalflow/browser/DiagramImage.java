package io.metalflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;

/**
 * A process diagram as Cockpit draws it, cut out as a standalone SVG at full size (Cockpit's zoom
 * and chrome removed) and rendered to a PNG in a blank tab.
 */
final class DiagramImage {

  /** Copies the diagram's SVG with the viewport transform reset and the view box fitted. */
  private static final String STANDALONE_SVG =
      """
      svg => {
        const box = svg.querySelector('g.viewport').getBBox();
        const pad = 20;
        const copy = svg.cloneNode(true);
        copy.querySelector('g.viewport').removeAttribute('transform');
        copy.querySelectorAll('.djs-hit, .djs-outline, .djs-dragger').forEach(n => n.remove());
        copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
        copy.setAttribute('viewBox',
            `${box.x - pad} ${box.y - pad} ${box.width + 2 * pad} ${box.height + 2 * pad}`);
        copy.setAttribute('width', Math.ceil(box.width + 2 * pad));
        copy.setAttribute('height', Math.ceil(box.height + 2 * pad));
        copy.removeAttribute('style');
        return new XMLSerializer().serializeToString(copy);
      }
      """;

  private DiagramImage() {}

  static String standaloneSvg(Locator diagram) {
    return (String) diagram.evaluate(STANDALONE_SVG);
  }

  /** Renders the SVG on a white page of exactly its size and saves it as a PNG. */
  static void render(Page blank, String svg, Path png) {
    blank.setContent(
        "<!DOCTYPE html><html><body style=\"margin:0;background:#fff\">" + svg + "</body></html>");
    Locator image = blank.locator("svg").first();
    @SuppressWarnings("unchecked")
    List<Number> size =
        (List<Number>) image.evaluate("s => [s.width.baseVal.value, s.height.baseVal.value]");
    blank.setViewportSize(size.get(0).intValue(), size.get(1).intValue());
    image.screenshot(new Locator.ScreenshotOptions().setPath(png));
  }
}
