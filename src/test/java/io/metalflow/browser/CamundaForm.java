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

  /** The option texts of a select, read from its open dropdown. */
  List<String> options(String selectLabel) {
    Locator items = openDropdown(selectLabel);
    List<String> texts = items.allInnerTexts();
    page.keyboard().press("Escape");
    page.evaluate("() => document.activeElement && document.activeElement.blur()");
    return texts;
  }

  void select(String selectLabel, String optionStartingWith) {
    openDropdown(selectLabel)
        .filter(new Locator.FilterOptions().setHasText(optionStartingWith))
        .first()
        .click();
  }

  /** Opens a select's dropdown (a click on a focused select may close it: then once more). */
  private Locator openDropdown(String selectLabel) {
    Locator field = field(selectLabel);
    Locator items = field.locator(".fjs-dropdownlist-item");
    field.locator(".fjs-select-display").click();
    try {
      items.first().waitFor(new Locator.WaitForOptions().setTimeout(2000));
    } catch (TimeoutError e) {
      field.locator(".fjs-select-display").click();
      items.first().waitFor();
    }
    return items;
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
