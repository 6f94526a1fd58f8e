package io.metalflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Camunda Cockpit's process instance and process definition views: which activities carry a running
 * token on the diagram, and the diagram itself. Cockpit does not refresh by itself, so waiting
 * reloads the page.
 */
final class Cockpit {

  static final String PATH = "/camunda/app/cockpit/default/";

  private static final Duration BADGES_LOAD = Duration.ofSeconds(5);
  private static final Pattern RUNNING_COUNT = Pattern.compile("^\\s*[1-9]\\d*\\s*$");

  private final Page page;
  private final String baseUrl;

  Cockpit(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  Page page() {
    return page;
  }

  void openInstance(String processInstanceId, String processKey) {
    PageLoad.open(
        page,
        baseUrl + PATH + "#/process-instance/" + processInstanceId + "/runtime",
        firstShape(processKey));
    page.waitForLoadState();
  }

  /** Opens a Cockpit link as Metalflow's lab view gives it (a path on this server). */
  void openLink(String href, String processKey) {
    PageLoad.open(page, baseUrl + href, firstShape(processKey));
    page.waitForLoadState();
  }

  void openDefinition(String processDefinitionId, String processKey) {
    PageLoad.open(
        page,
        baseUrl + PATH + "#/process-definition/" + processDefinitionId + "/runtime",
        firstShape(processKey));
    page.waitForLoadState();
  }

  /** Element ids that show a running-instance badge on the diagram. */
  List<String> activeActivities() {
    return page.locator(".djs-overlays").all().stream()
        .filter(overlay -> runningCount(overlay) > 0)
        .map(overlay -> overlay.getAttribute("data-container-id"))
        .toList();
  }

  /**
   * Reloads the instance view until one of {@code activityIds} carries a token, and returns that
   * id. The badges load after the diagram, so each load is watched for a few seconds.
   */
  String waitUntilActive(Collection<String> activityIds, String processKey, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Locator anyBadge =
        activityIds.stream().map(this::runningBadge).reduce(Locator::or).orElseThrow();
    while (true) {
      try {
        anyBadge.first().waitFor(new Locator.WaitForOptions().setTimeout(BADGES_LOAD.toMillis()));
        for (String id : activityIds) {
          if (runningBadge(id).count() > 0) {
            return id;
          }
        }
      } catch (TimeoutError e) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError(
              "None of "
                  + activityIds
                  + " became active in "
                  + timeout
                  + "; active: "
                  + activeActivities(),
              e);
        }
      }
      page.reload();
      firstShape(processKey).waitFor();
    }
  }

  /** The running-instance badge of an activity, when it shows one or more instances. */
  private Locator runningBadge(String activityId) {
    return page.locator(".djs-overlays[data-container-id='" + activityId + "'] .instance-count")
        .filter(new Locator.FilterOptions().setVisible(true).setHasText(RUNNING_COUNT));
  }

  /** The definition names in the "Called Process Instances" tab. */
  List<String> calledProcesses() {
    page.getByText("Called Process Instances").first().click();
    Locator rows = page.locator(".ctn-tabbed-content table tbody tr");
    rows.first().waitFor();
    return rows.allInnerTexts();
  }

  /** The diagram with its overlays (the running-instance badges). */
  Locator diagramWithBadges(String processKey) {
    return diagram(processKey).locator("xpath=..");
  }

  Locator diagram(String processKey) {
    return page.locator("svg[data-element-id='" + processKey + "']");
  }

  private Locator firstShape(String processKey) {
    return diagram(processKey).locator("g.djs-shape").first();
  }

  private static int runningCount(Locator overlay) {
    Locator count = overlay.locator(".instance-count");
    try {
      if (count.count() == 0 || !count.first().isVisible()) {
        return 0;
      }
      return Integer.parseInt(count.first().innerText().trim());
    } catch (NumberFormatException | TimeoutError e) {
      return 0;
    }
  }
}
