package io.metalflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import io.metalflow.lab.EmbeddedLab;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The lab view when parts of the lab cannot be read: it asks to log in first, then says in plain
 * words which part failed (a controller juju does not know, MAAS answering 503), keeps showing the
 * rest, and recovers by itself when MAAS is back.
 */
class LabViewIT extends BrowserTestSupport {

  static final String PROBE = "lab-view-probe";
  static final Duration MAAS_RETRIES = Duration.ofMinutes(1);

  @Autowired EmbeddedLab lab;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired RepositoryService repository;

  private final List<String> failedRequests = failedRequests();

  @Test
  void whatCannotBeReadIsSaidInPlainWordsWhileTheRestStillShowsAndRefreshes() {
    Deployment probe = deployProbe();
    ProcessInstance ghost =
        runtime.startProcessInstanceByKey(
            PROBE, Map.of("controllerName", "ghost-ctl", "modelName", "prom"));
    try {
      LabView view = new LabView(newTab(new ArrayList<>()), baseUrl());
      view.openLoggedOut();
      assertThat(view.loginNotice()).containsText("Not logged in");

      new Tasklist(newTab(failedRequests), baseUrl()).logIn(ADMIN, PASSWORD);
      view.waitForStatus("server1", "Ready", Duration.ofSeconds(30));
      assertThat(view.loginNotice()).isHidden();
      assertThat(view.jujuError("ghost-ctl:prom"))
          .hasText(
              Pattern.compile(
                  "juju status could not be read for this model: juju status -m ghost-ctl:prom"
                      + " --format=json exited \\d+: .*(ghost-ctl not found|juju: not found)"),
              new LocatorAssertions.HasTextOptions().setTimeout(30_000));

      lab.maas().faults().setUnavailableRate(1.0);
      assertThat(view.maasError())
          .containsText(
              "MAAS could not be read: ",
              new LocatorAssertions.ContainsTextOptions().setTimeout(MAAS_RETRIES.toMillis()));
      assertThat(view.maasError().innerText()).doesNotContain("Exception");
      assertThat(view.hostnames()).isEmpty();
      assertThat(view.runningProcessKeys()).contains(PROBE);
      Screenshots.of(view.page(), "lab-view-maas-down");

      lab.maas().faults().setUnavailableRate(0.0);
      view.waitForStatus("server1", "Ready", MAAS_RETRIES);
      assertThat(view.maasError()).isHidden();
      assertThat(failedRequests).as("answers of 400 or more seen by the browser").isEmpty();
    } finally {
      lab.maas().faults().setUnavailableRate(0.0);
      runtime.deleteProcessInstance(ghost.getId(), "lab view test done");
      history.deleteHistoricProcessInstance(ghost.getId());
      repository.deleteDeployment(probe.getId(), true);
    }
  }

  /** A process that only waits, and names a controller juju does not know. */
  private Deployment deployProbe() {
    return repository
        .createDeployment()
        .name(PROBE)
        .addModelInstance(
            PROBE + ".bpmn",
            Bpmn.createExecutableProcess(PROBE)
                .name("Lab view probe")
                .startEvent()
                .userTask("wait")
                .name("Wait")
                .endEvent()
                .done())
        .deploy();
  }
}
