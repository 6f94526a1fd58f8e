package io.metalflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.metalflow.process.ObservabilityStackProcess.KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The observability stack's start form stops names Juju or MAAS would refuse before any run. */
class StartFormIT extends BrowserTestSupport {

  @Autowired RuntimeService runtime;

  private final List<String> failedRequests = failedRequests();

  @Test
  void aControllerNameJujuWouldRefuseKeepsStartDisabledAndStartsNothing() {
    Tasklist tasklist = new Tasklist(newTab(failedRequests), baseUrl());
    tasklist.logIn(ADMIN, PASSWORD);
    long before = runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    CamundaForm start = tasklist.openStartForm("Observability stack");
    start.fill("Controller name", "Maas_Controller!");
    start.fill("Controller machine tag", "my tag");

    assertThat(start.errors(2)).hasSize(2);
    assertThat(tasklist.startButton()).isDisabled();
    Screenshots.of(tasklist.page(), "start-form-refuses-bad-names");

    start.fill("Controller name", "maas-controller");
    start.fill("Controller machine tag", "juju");
    assertThat(tasklist.startButton()).isEnabled();
    assertThat(start.errors()).isEmpty();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(before);
    assertThat(failedRequests).isEmpty();
  }

  @Test
  void aRefusedNameIsExplainedInPlainWordsUnderItsField() {
    Tasklist tasklist = new Tasklist(newTab(failedRequests), baseUrl());
    tasklist.logIn(ADMIN, PASSWORD);
    CamundaForm start = tasklist.openStartForm("Observability stack");
    start.fill("Controller name", "Maas_Controller!");
    start.fill("Controller machine tag", "my tag");
    start.errors(2);

    assertThat(start.description("Controller name"))
        .contains("lower-case letters, digits or hyphens")
        .contains("starts and ends with a letter or digit");
    assertThat(start.description("Controller machine tag"))
        .contains("letters, digits, hyphens or underscores, no spaces");
    assertThat(failedRequests).isEmpty();
  }
}
