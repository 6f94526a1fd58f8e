package io.metalflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A timer fires when it is due, not at the job executor's next idle acquisition: an engine whose
 * job executor looks for due jobs only every 5 s runs a 1 s timer after about 1 s.
 */
class PunctualTimersTest {

  private static final String KEY = "oneSecondTimer";
  private static final Duration IDLE_ACQUISITION = Duration.ofSeconds(5);

  private final PunctualTimers punctualTimers = new PunctualTimers();
  private ProcessEngine engine;

  @AfterEach
  void closeEngine() {
    if (engine != null) {
      engine.close();
    }
    punctualTimers.destroy();
  }

  @Test
  void aTimerFiresWhenDueThoughTheJobExecutorIdlesForSeconds() {
    engine = engineWithSlowAcquisition();
    deployOneSecondTimer();

    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();

    await().atMost(IDLE_ACQUISITION.minusMillis(1500)).until(() -> ended(id) != null);
    Duration waited = timerWait(id);
    assertThat(waited).isBetween(Duration.ofMillis(900), Duration.ofMillis(1500));
  }

  @Test
  void aTimerRemovedBeforeItIsDueLeavesNothingBehindButAHarmlessWakeUp() {
    engine = engineWithSlowAcquisition();
    deployOneSecondTimer();

    String id = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
    engine.getRuntimeService().deleteProcessInstance(id, "operator cancelled");

    assertThat(punctualTimers.pending()).isEqualTo(1);
    await().atMost(Duration.ofSeconds(3)).until(() -> punctualTimers.pending() == 0);
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
  }

  private ProcessEngine engineWithSlowAcquisition() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration
        .setJdbcUrl("jdbc:h2:mem:punctual-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
        .setJobExecutorActivate(true)
        .setHistory("full");
    configuration.setProcessEnginePlugins(List.of(punctualTimers));
    DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
    jobExecutor.setWaitTimeInMillis((int) IDLE_ACQUISITION.toMillis());
    jobExecutor.setMaxWait(IDLE_ACQUISITION.toMillis());
    configuration.setJobExecutor(jobExecutor);
    return configuration.buildProcessEngine();
  }

  private void deployOneSecondTimer() {
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance(
            KEY + ".bpmn",
            Bpmn.createExecutableProcess(KEY)
                .startEvent()
                .intermediateCatchEvent("Timer_OneSecond")
                .timerWithDuration("PT1S")
                .endEvent()
                .done())
        .deploy();
  }

  private HistoricActivityInstance ended(String id) {
    HistoryService history = engine.getHistoryService();
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(id)
        .activityId("Timer_OneSecond")
        .finished()
        .singleResult();
  }

  private Duration timerWait(String id) {
    HistoricActivityInstance timer = ended(id);
    return Duration.ofMillis(timer.getEndTime().getTime() - timer.getStartTime().getTime());
  }
}
