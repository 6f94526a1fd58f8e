package io.metalflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/**
 * A Camunda Form (form-js) as Tasklist renders it, read and filled by its visible labels, as an
 * operator sees it. Holds no state of its own.
 */
final class CamundaForm {

  private static final int OPEN_ATTEMPTS = 3;
  private static final double OPEN_WAIT_MILLIS = 5_000;

  private final Page page;
  private final Locator root;

  CamundaForm(Page page) {
    this.page = page;
    this.root = page.locator("form.fjs-form");
    root.waitFor();
  }

  String text() {
    return root.innerText();
  }

  void fill(String label, String value) {
    Locator input = root.getByLabel(label);
    input.fill(value);
    input.blur();
  }

  /** Checks a radio button or checkbox by the start of its label. */
  void choose(String label) {
    root.getByLabel(label).check();
  }

  /** The option texts of a select, read from its open dropdown; leaves the select closed. */
  List<String> options(String selectLabel) {
    List<String> texts = openDropdown(selectLabel).allInnerTexts();
    selectInput(selectLabel).blur();
    return texts;
  }

  /** Opens a select's dropdown and leaves it open; returns the open list. */
  Locator open(String selectLabel) {
    openDropdown(selectLabel);
    return field(selectLabel).locator(".fjs-dropdownlist");
  }

  void select(String selectLabel, String optionStartingWith) {
    openDropdown(selectLabel)
        .filter(new Locator.FilterOptions().setHasText(optionStartingWith))
        .first()
        .click();
  }

  /**
   * Opens a select's dropdown as a keyboard user would, by giving it the focus. Tasklist's form-js
   * select sometimes ignores the first attempt after it has shown its "Field is required." (it
   * stays closed whether clicked or focused), so a select that stays closed is left and entered
   * again, as an operator would.
   */
  private Locator openDropdown(String selectLabel) {
    Locator items = field(selectLabel).locator(".fjs-dropdownlist-item");
    Locator input = selectInput(selectLabel);
    for (int attempt = 1; !items.first().isVisible(); attempt++) {
      input.blur();
      input.focus();
      try {
        items.first().waitFor(new Locator.WaitForOptions().setTimeout(OPEN_WAIT_MILLIS));
      } catch (TimeoutError e) {
        if (attempt == OPEN_ATTEMPTS) {
          throw new AssertionError(
              "The select '" + selectLabel + "' did not open in " + attempt + " attempts", e);
        }
      }
    }
    return items;
  }

  private Locator selectInput(String selectLabel) {
    return field(selectLabel).locator("input.fjs-select-hidden-input");
  }

  /** The help text under a field, as the form shows it. */
  String description(String label) {
    return field(label).locator(".fjs-form-field-description").innerText();
  }

  /** The validation messages shown under the fields now. */
  List<String> errors() {
    return errorMessages().allInnerTexts();
  }

  /** Waits until {@code count} validation messages are shown, and returns them. */
  List<String> errors(int count) {
    errorMessages().nth(count - 1).waitFor();
    return errors();
  }

  private Locator errorMessages() {
    return root.locator(".fjs-form-field-error");
  }

  /** The body rows of a table component, cell by cell. */
  List<List<String>> table(String label) {
    Locator rows = field(label).locator("tbody tr");
    return rows.all().stream().map(row -> row.locator("td").allInnerTexts()).toList();
  }

  private Locator field(String label) {
    return root.locator(".fjs-form-field")
        .filter(
            new Locator.FilterOptions()
                .setHas(
                    page.locator(
                        "label.fjs-form-field-label",
                        new Page.LocatorOptions().setHasText(label))));
  }

  static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
