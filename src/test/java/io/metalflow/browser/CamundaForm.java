package io.metalflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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
    root.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).fill(value);
  }

  /** Checks a radio button or checkbox by the start of its label. */
  void choose(String label) {
    root.getByLabel(label).check();
  }

  /** The option texts of a select, read from its open dropdown. */
  List<String> options(String selectLabel) {
    Locator field = field(selectLabel);
    field.locator(".fjs-select-display").click();
    Locator items = field.locator(".fjs-dropdownlist-item");
    items.first().waitFor();
    List<String> texts = items.allInnerTexts();
    page.keyboard().press("Escape");
    return texts;
  }

  void select(String selectLabel, String optionStartingWith) {
    Locator field = field(selectLabel);
    field.locator(".fjs-select-display").click();
    field
        .locator(".fjs-dropdownlist-item")
        .filter(new Locator.FilterOptions().setHasText(optionStartingWith))
        .first()
        .click();
  }

  /** The validation messages shown under the fields. */
  List<String> errors() {
    return root.locator(".fjs-form-field-error").allInnerTexts();
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
