package io.metalflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.Duration;
import java.util.List;

/**
 * Metalflow's lab view ({@code /lab/}): the MAAS machines table as the page shows it. The page
 * refreshes itself, so waiting never reloads it.
 */
final class LabView {

  static final String PATH = "/lab/";
  private static final Locator.FilterOptions VISIBLE = new Locator.FilterOptions().setVisible(true);

  private final Page page;
  private final String baseUrl;

  LabView(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  Page page() {
    return page;
  }

  void open() {
    PageLoad.open(page, baseUrl + PATH, page.locator("#machines tr").first());
  }

  /** Opens the page without a session: it asks to log in instead of showing the lab. */
  void openLoggedOut() {
    PageLoad.open(page, baseUrl + PATH, loginNotice().filter(VISIBLE));
  }

  Locator loginNotice() {
    return page.locator("#login");
  }

  Locator maasError() {
    return page.locator("#maas-error");
  }

  /** The error text of the Juju card whose heading is {@code controller:model}. */
  Locator jujuError(String heading) {
    return page.locator("#juju .card")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator("h3")
                        .getByText(heading, new Locator.GetByTextOptions().setExact(true))))
        .locator(".error");
  }

  /** The process keys of the "Running processes" rows. */
  List<String> runningProcessKeys() {
    return page.locator("#processes tr td:first-child").allInnerTexts();
  }

  /** Waits until the machine's status badge reads {@code status}, without reloading the page. */
  void waitForStatus(String hostname, String status, Duration timeout) {
    assertThat(statusBadge(hostname))
        .hasText(status, new LocatorAssertions.HasTextOptions().setTimeout(timeout.toMillis()));
  }

  String status(String hostname) {
    return statusBadge(hostname).innerText();
  }

  List<String> tags(String hostname) {
    return row(hostname).locator("td:nth-child(6) .badge").allInnerTexts();
  }

  String owner(String hostname) {
    return row(hostname).locator("td:nth-child(5)").innerText();
  }

  List<String> hostnames() {
    return page.locator("#machines tr td:first-child").allInnerTexts();
  }

  /**
   * The Cockpit link of the running top-level instance of {@code processKey}, once the page lists
   * exactly one.
   */
  String cockpitLink(String processKey) {
    Locator row =
        page.locator("#processes tr")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.locator("td:first-child")
                            .getByText(processKey, new Locator.GetByTextOptions().setExact(true))));
    assertThat(row).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
    return row.getByText("Cockpit").getAttribute("href");
  }

  /** Waits until Juju's unit (e.g. {@code grafana/0}) shows the workload status {@code status}. */
  void waitForUnit(String unit, String workloadStatus, Duration timeout) {
    Locator row =
        page.locator("#juju tr")
            .filter(
                new Locator.FilterOptions()
                    .setHas(
                        page.locator("td:first-child")
                            .getByText(unit, new Locator.GetByTextOptions().setExact(true))));
    assertThat(row.locator("td:nth-child(2) .badge"))
        .hasText(
            workloadStatus, new LocatorAssertions.HasTextOptions().setTimeout(timeout.toMillis()));
  }

  /** The headings of the Juju section: one per controller:model, one per application. */
  List<String> jujuHeadings() {
    return page.locator("#juju h3").allInnerTexts();
  }

  private Locator statusBadge(String hostname) {
    return row(hostname).locator("td:nth-child(3) .badge").first();
  }

  private Locator row(String hostname) {
    return page.locator("#machines tr")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator(
                        "td:first-child", new Page.LocatorOptions().setHasText(hostname))));
  }
}
