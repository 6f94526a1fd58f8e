package io.metalflow.browser;

import static io.metalflow.browser.CamundaForm.button;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.time.Instant;

/**
 * Camunda Tasklist as an operator uses it: log in, start a process from its start form, pick a task
 * from the list, claim it, complete its form.
 */
final class Tasklist {

  static final String PATH = "/camunda/app/tasklist/default/";
  private static final Locator.FilterOptions VISIBLE = new Locator.FilterOptions().setVisible(true);
  private static final Duration RELOAD_EVERY = Duration.ofSeconds(5);

  private final Page page;
  private final String baseUrl;

  Tasklist(Page page, String baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  Page page() {
    return page;
  }

  /**
   * Logs in through Tasklist's login form, unless this browser is logged in already. The webapp
   * sometimes stalls while it loads the dashboard after login (its scripts load without a timeout),
   * or checks the session only after it drew the login form: then the page is reloaded and looked
   * at again, as an operator would.
   */
  void logIn(String user, String password) {
    Locator userField = page.getByPlaceholder("Username");
    Locator loginOrDashboard = userField.or(startProcessLink()).filter(VISIBLE).first();
    PageLoad.open(page, baseUrl + PATH, loginOrDashboard);
    for (int attempt = 1; ; attempt++) {
      if (userField.isVisible()) {
        userField.fill(user);
        page.getByPlaceholder("Password").fill(password);
        button(page, "Log in").click();
      }
      try {
        startProcessLink().waitFor(new Locator.WaitForOptions().setTimeout(PageLoad.WAIT_MILLIS));
        return;
      } catch (com.microsoft.playwright.TimeoutError e) {
        if (attempt == PageLoad.ATTEMPTS) {
          throw new AssertionError(
              "Tasklist showed no dashboard after logging in "
                  + attempt
                  + " times; the page says: "
                  + abbreviated(page.locator("body").innerText()),
              e);
        }
        PageLoad.open(page, baseUrl + PATH, loginOrDashboard);
      }
    }
  }

  /** Opens "Start process", picks the process by its name and waits for its start form. */
  CamundaForm openStartForm(String processName) {
    startProcessLink().click();
    page.locator(".modal-content")
        .getByText(processName, new Locator.GetByTextOptions().setExact(true))
        .click();
    return new CamundaForm(page);
  }

  /** The open task: its header and its form, as the right-hand pane shows them. */
  Locator taskCard() {
    return page.locator("section.task-card");
  }

  /** The "Start process" dialog with its start form. */
  Locator startDialog() {
    return page.locator(".modal-content");
  }

  Locator startButton() {
    return button(page, "Start");
  }

  void start() {
    startButton().click();
    page.getByText("The process has been started.").waitFor();
  }

  /**
   * Waits until the task is in the list (Tasklist does not refresh by itself, so the page is
   * reloaded every few seconds), opens it and claims it. Creates the "All Tasks" filter an operator
   * would add when there is none.
   */
  CamundaForm openTask(String taskName, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    Locator task = page.locator("ol.tasks-list h4.task a").filter(hasText(taskName));
    while (!appears(task)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Task '" + taskName + "' did not appear in Tasklist in " + timeout);
      }
      page.reload();
    }
    task.first().click();
    page.locator("section.task-card h2.task").filter(hasText(taskName)).first().waitFor();
    Locator claim = page.locator("button.claim");
    if (claim.isVisible()) {
      claim.click();
      claim.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }
    return new CamundaForm(page);
  }

  Locator completeButton() {
    return button(page, "Complete");
  }

  /** Completes the open task and waits until Tasklist has removed it from the list. */
  void complete(String taskName) {
    completeButton().click();
    page.locator("section.task-card h2.task")
        .filter(hasText(taskName))
        .first()
        .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
  }

  private boolean appears(Locator task) {
    showAllTasks();
    try {
      task.first().waitFor(new Locator.WaitForOptions().setTimeout(RELOAD_EVERY.toMillis()));
      return true;
    } catch (com.microsoft.playwright.TimeoutError e) {
      return false;
    }
  }

  private void showAllTasks() {
    Locator addFilter = page.getByText("Add a simple filter");
    Locator allTasks = page.locator(".task-filter").filter(hasText("All Tasks"));
    addFilter.or(allTasks).filter(VISIBLE).first().waitFor();
    if (addFilter.isVisible()) {
      addFilter.click();
    }
    allTasks.first().click();
  }

  private static String abbreviated(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 400 ? oneLine : oneLine.substring(0, 400) + "…";
  }

  private Locator startProcessLink() {
    return page.getByText("Start process").filter(VISIBLE).first();
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }
}
