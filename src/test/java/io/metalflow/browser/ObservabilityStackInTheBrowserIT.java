package io.metalflow.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.metalflow.process.ObservabilityStackProcess.CALL_BOOTSTRAP_CONTROLLER;
import static io.metalflow.process.ObservabilityStackProcess.CALL_DEPLOY_APPLICATIONS;
import static io.metalflow.process.ObservabilityStackProcess.CALL_INTEGRATE_APPLICATIONS;
import static io.metalflow.process.ObservabilityStackProcess.END_LAB_TORN_DOWN;
import static io.metalflow.process.ObservabilityStackProcess.KEY;
import static io.metalflow.process.ObservabilityStackProcess.USER_TASK_LAB_DONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One whole run of the observability stack done as an operator would, in Chromium: Tasklist forms
 * for every decision, Cockpit to follow the run, the lab view to watch the machines. MAAS itself
 * (the lab's simulator, through {@link MaasClient}) is the truth the forms are checked against.
 */
class ObservabilityStackInTheBrowserIT extends BrowserTestSupport {

  static final String TAG_TASK = "Tag a machine for the controller";
  static final String LAB_DONE_TASK = "Done with the lab";
  static final String APPROVE_TASK = "Approve teardown";
  static final String MACHINE_PICKER = "Ready machine to tag";
  static final Duration RUN_STEP = Duration.ofMinutes(4);

  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired MaasClient maas;

  private static final Logger log = LoggerFactory.getLogger(ObservabilityStackInTheBrowserIT.class);

  private final List<String> failedRequests = failedRequests();

  @Test
  void anOperatorRunsTheStackFromTasklistFollowsItInCockpitAndWatchesTheMachinesChange() {
    Tasklist tasklist = new Tasklist(newTab(failedRequests), baseUrl());
    tasklist.logIn(ADMIN, PASSWORD);
    ProcessInstance run = startTheStack(tasklist);

    LabView lab = new LabView(newTab(failedRequests), baseUrl());
    lab.open();
    lab.waitForStatus("server1", "Ready", Duration.ofSeconds(30));
    assertThat(lab.hostnames()).containsExactlyElementsOf(hostnames(MachineStatus.READY));
    Screenshots.of(lab.page(), "02-lab-view-all-ready");

    tagServer1ThroughTheForm(tasklist);

    String cockpitLink = lab.cockpitLink(KEY);
    assertThat(cockpitLink).as("the lab view links the run into Cockpit").endsWith(run.getId());
    Cockpit cockpit = new Cockpit(newTab(failedRequests), baseUrl());
    cockpit.openLink(cockpitLink, KEY);
    String seenFirst =
        cockpit.waitUntilActive(
            List.of(
                CALL_BOOTSTRAP_CONTROLLER,
                CALL_DEPLOY_APPLICATIONS,
                CALL_INTEGRATE_APPLICATIONS,
                USER_TASK_LAB_DONE),
            KEY,
            Duration.ofMinutes(1));
    Screenshots.of(cockpit.page(), "04-cockpit-instance-running");
    log.info("Cockpit showed the run first at {}", seenFirst);
    assertThat(cockpit.calledProcesses()).anyMatch(row -> row.contains("Bootstrap controller"));

    lab.waitForStatus("server1", "Deployed", RUN_STEP);
    assertThat(lab.tags("server1")).contains("juju");
    assertThat(lab.owner("server1")).isEqualTo(ADMIN);

    cockpit.openInstance(run.getId(), KEY);
    cockpit.waitUntilActive(List.of(USER_TASK_LAB_DONE), KEY, RUN_STEP);
    Screenshots.of(cockpit.page(), "05-cockpit-instance-lab-up");
    Screenshots.forDocs(cockpit.page(), "cockpit-instance", cockpit.diagramWithBadges(KEY));
    lab.waitForUnit("grafana/0", "active", Duration.ofSeconds(30));
    lab.waitForUnit("prometheus/0", "active", Duration.ofSeconds(30));
    assertThat(lab.jujuHeadings())
        .contains("maas-controller:prom", "maas-controller:controller")
        .anyMatch(h -> h.startsWith("grafana (grafana) — active"));
    Screenshots.of(lab.page(), "06-lab-view-stack-deployed");
    lab.page().setViewportSize(1100, 760);
    Screenshots.forDocs(lab.page(), "lab-view", lab.page().locator("body"));
    assertThat(hostnames(MachineStatus.DEPLOYED)).hasSize(3).contains("server1");

    finishTheLab(tasklist);
    approveTheTeardownThroughTheForm(tasklist);

    for (String hostname : List.of("server1", "server2", "server3", "server4", "server5")) {
      lab.waitForStatus(hostname, "Ready", RUN_STEP);
    }
    Screenshots.of(lab.page(), "09-lab-view-torn-down");
    await().atMost(Duration.ofMinutes(1)).until(() -> endedAt(run.getId()) != null);
    assertThat(endedAt(run.getId())).isEqualTo(END_LAB_TORN_DOWN);
    assertThat(failedRequests).as("answers of 400 or more seen by the browser").isEmpty();
  }

  private ProcessInstance startTheStack(Tasklist tasklist) {
    CamundaForm start = tasklist.openStartForm("Observability stack");
    assertThat(start.text()).contains("never type a secret here");
    Screenshots.of(tasklist.page(), "01-tasklist-start-form");
    Screenshots.forDocs(tasklist.page(), "tasklist-start-form", tasklist.startDialog());
    tasklist.start();
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> runtime.createProcessInstanceQuery().processDefinitionKey(KEY).active().list(),
            list -> list.size() == 1)
        .get(0);
  }

  private void tagServer1ThroughTheForm(Tasklist tasklist) {
    CamundaForm tag = tasklist.openTask(TAG_TASK, Duration.ofMinutes(2));
    tag.choose("Tag it for me");
    List<String> options = tag.options(MACHINE_PICKER);
    assertThat(options)
        .as("the picker lists MAAS's Ready machines")
        .map(option -> option.substring(0, option.indexOf(' ')))
        .containsExactlyElementsOf(hostnames(MachineStatus.READY));
    assertThat(options)
        .allSatisfy(option -> assertThat(option).matches("server\\d \\([a-z0-9]+, default\\)"));

    assertThat(tag.errors(1)).as("a picker left empty").containsExactly("Field is required.");
    assertThat(tasklist.completeButton()).isDisabled();

    Locator picker = tag.open(MACHINE_PICKER);
    Screenshots.of(tasklist.page(), "03-tasklist-tag-machine");
    Screenshots.forDocs(tasklist.page(), "tasklist-tag-machine", tasklist.taskCard(), picker);
    tag.select(MACHINE_PICKER, "server1 (");
    tasklist.complete(TAG_TASK);
  }

  private void finishTheLab(Tasklist tasklist) {
    CamundaForm done = tasklist.openTask(LAB_DONE_TASK, Duration.ofMinutes(1));
    assertThat(done.text()).contains("maas-controller", "Grafana uses Prometheus");
    Screenshots.of(tasklist.page(), "07-tasklist-lab-done");
    done.fill("Notes", "Looked at the Grafana data source");
    tasklist.complete(LAB_DONE_TASK);
  }

  private void approveTheTeardownThroughTheForm(Tasklist tasklist) {
    CamundaForm approve = tasklist.openTask(APPROVE_TASK, Duration.ofMinutes(2));
    assertThat(approve.table("MAAS machines that will be released"))
        .as("exactly the machines MAAS has deployed")
        .map(row -> row.get(0) + " " + row.get(2))
        .containsExactlyInAnyOrderElementsOf(
            hostnames(MachineStatus.DEPLOYED).stream().map(h -> h + " Deployed").toList());
    assertThat(approve.table("Applications that will be removed"))
        .contains(
            List.of("prom", "grafana", "grafana"), List.of("prom", "prometheus", "prometheus2"));
    assertThat(approve.text()).contains("destroy-controller", "3 MAAS machine(s)");
    Screenshots.of(tasklist.page(), "08-tasklist-approve-teardown");
    tasklist.page().setViewportSize(1400, 1400);
    Screenshots.forDocs(tasklist.page(), "tasklist-approve-teardown", tasklist.taskCard());
    tasklist.page().setViewportSize(1400, 1000);
    approve.choose("Approve: destroy the controller");
    approve.fill("Comment", "Lab finished");
    tasklist.complete(APPROVE_TASK);
  }

  private List<String> hostnames(MachineStatus status) {
    return maas.machines(MachineQuery.all().withStatuses(status)).stream()
        .map(Machine::hostname)
        .sorted()
        .toList();
  }

  private String endedAt(String processInstanceId) {
    HistoricProcessInstance done =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .finished()
            .singleResult();
    return done == null ? null : done.getEndActivityId();
  }
}
