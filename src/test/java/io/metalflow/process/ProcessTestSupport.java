package io.metalflow.process;

import static org.assertj.core.api.Assertions.fail;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import io.metalflow.juju.JujuCli;
import io.metalflow.maas.MaasClient;
import io.metalflow.maas.Machine;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.RemoteJobs;
import io.metalflow.stack.StackVerifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Process tests: the real BPMN files and delegates on an in-memory engine with the job executor
 * off, and the outside systems (MAAS, juju, the detached jobs, the stack check) mocked. Jobs and
 * timers are driven by hand so each test decides what happens when.
 */
@SpringBootTest(
    classes = ProcessTestSupport.ProcessTestApplication.class,
    properties = {
      "metalflow.lab.enabled=false",
      "camunda.bpm.job-execution.enabled=false",
      "spring.datasource.url=jdbc:h2:mem:process-tests-${random.uuid};DB_CLOSE_DELAY=-1",
      "logging.file.name=target/process-tests.log",
      "metalflow.process.poll-interval=PT5S",
      "metalflow.process.commissioning-timeout=PT2M",
      "metalflow.process.bootstrap-timeout=PT10M",
      "metalflow.process.settle-timeout=PT3M",
      "metalflow.process.destroy-timeout=PT5M",
      "metalflow.process.release-timeout=PT2M",
      "metalflow.process.defaults.maas-endpoint=http://127.0.0.1:5240/MAAS"
    })
abstract class ProcessTestSupport {

  private static final Logger LOG = LoggerFactory.getLogger(ProcessTestSupport.class);

  /** Only the process package and Spring Boot's auto-configuration: no lab, no real clients. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @ComponentScan("io.metalflow.process")
  @ConfigurationPropertiesScan("io.metalflow.process")
  static class ProcessTestApplication {}

  @MockitoBean MaasClient maas;
  @MockitoBean JujuCli juju;
  @MockitoBean StackVerifier verifier;
  @MockitoBean RemoteJobs jobs;

  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @BeforeEach
  void initEngine() {
    init(engine);
  }

  @AfterEach
  void removeInstances() {
    ClockUtil.reset();
    runtime.createProcessInstanceQuery().rootProcessInstances().list().stream()
        .map(ProcessInstance::getId)
        .forEach(id -> runtime.deleteProcessInstance(id, "test done", true, true));
  }

  ProcessInstance start(String key, Map<String, Object> variables) {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(key, "test-" + System.nanoTime(), variables);
    drive();
    return instance;
  }

  /**
   * Executes every due job (not timers in the future) until the processes wait, as the job executor
   * would: a failing job keeps its exception and waits for its next retry.
   */
  void drive() {
    for (int i = 0; i < 500; i++) {
      List<Job> due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      try {
        management.executeJob(due.get(0).getId());
      } catch (RuntimeException e) {
        LOG.info("job {} failed: {}", due.get(0).getId(), e.getMessage());
      }
    }
    fail("the processes never came to a wait state");
  }

  /** Fires the timer waiting at {@code activityId} now, then drives on. */
  void fireTimer(String activityId) {
    Job timer = management.createJobQuery().timers().activityId(activityId).singleResult();
    if (timer == null) {
      fail("no timer waits at " + activityId);
    }
    management.executeJob(timer.getId());
    drive();
  }

  /** Completes the one open user task {@code taskKey} with {@code variables}, then drives on. */
  void complete(String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      fail("no open task " + taskKey);
    }
    tasks.complete(task.getId(), variables);
    drive();
  }

  Object variable(ProcessInstance instance, String name) {
    return engine
        .getHistoryService()
        .createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId())
        .variableName(name)
        .singleResult()
        .getValue();
  }

  static Machine machine(String systemId, String hostname, MachineStatus status, String... tags) {
    return new Machine(
        systemId,
        hostname,
        hostname + ".maas",
        status,
        status == MachineStatus.FAILED_COMMISSIONING ? "Failed commissioning script" : "",
        null,
        Arrays.asList(tags),
        List.of(),
        "off",
        "amd64/generic",
        4,
        8192,
        "ubuntu",
        "jammy",
        "default",
        "default");
  }
}
