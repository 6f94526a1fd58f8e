package io.metalflow.process;

import static io.metalflow.process.BootstrapControllerProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import io.metalflow.juju.ControllerInfo;
import io.metalflow.maas.MaasUser;
import io.metalflow.maas.MaasVersion;
import io.metalflow.maas.MachineQuery;
import io.metalflow.maas.MachineStatus;
import io.metalflow.ssh.JobStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The MAAS wait loops back off (benchmark, issue 8): 1×, 2×, 4×, 4× the poll interval. */
class MaasPollingBackoffProcessTest extends ProcessTestSupport {

  static final Date NOW = new Date(1_800_000_000_000L);

  @Test
  void commissioningWaitDoublesUpToFourPollIntervalsAndTheNextLoopStartsAgainAtOne() {
    // Given a controller machine that commissions for four reads (poll interval PT5S)
    aLabWhoseMachineCommissionsFor(4);
    ClockUtil.setCurrentTime(NOW);

    // When Metalflow waits for it
    ProcessInstance pi = start(KEY, Map.of("enableDashboard", false));
    List<Duration> waits = new ArrayList<>();
    while (timerAt(TIMER_COMMISSIONING_POLL) != null) {
      waits.add(waitOf(timerAt(TIMER_COMMISSIONING_POLL)));
      fireTimer(TIMER_COMMISSIONING_POLL);
    }

    // Then the waits back off, and the bootstrap loop afterwards polls at the configured interval
    assertThat(waits)
        .containsExactly(
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            Duration.ofSeconds(20),
            Duration.ofSeconds(20));
    assertThat(pi).isWaitingAt(TIMER_BOOTSTRAP_POLL);
    assertThat(waitOf(timerAt(TIMER_BOOTSTRAP_POLL))).isEqualTo(Duration.ofSeconds(5));
    assertThat(runtime.getVariable(pi.getId(), CommonNames.POLL_INTERVAL)).isEqualTo("PT5S");
  }

  private void aLabWhoseMachineCommissionsFor(int reads) {
    when(maas.version()).thenReturn(new MaasVersion("3.4.2", "", List.of("machines")));
    when(maas.whoami()).thenReturn(new MaasUser("admin", "admin@example.org", true));
    when(juju.version()).thenReturn(Optional.of("3.6.14-genericlinux-amd64"));
    when(juju.controller("maas-controller"))
        .thenReturn(
            Optional.empty(),
            Optional.of(
                new ControllerInfo(
                    "maas-controller",
                    "793d364b",
                    "maas-one",
                    "3.6.14",
                    List.of("127.77.0.11:17070"),
                    List.of("abc123"),
                    List.of("controller"))));
    when(juju.startBootstrap(any(), any())).thenReturn(true);
    when(juju.job(any())).thenReturn(JobStatus.running());
    var commissioning = machine("abc123", "server1", MachineStatus.COMMISSIONING, "juju");
    var stub = when(maas.machines(MachineQuery.all().withTags("juju")));
    for (int i = 0; i < reads; i++) {
      stub = stub.thenReturn(List.of(commissioning));
    }
    stub.thenReturn(List.of(machine("abc123", "server1", MachineStatus.READY, "juju")));
  }

  private Job timerAt(String activityId) {
    return management.createJobQuery().timers().activityId(activityId).singleResult();
  }

  private static Duration waitOf(Job timer) {
    return Duration.ofMillis(timer.getDuedate().getTime() - NOW.getTime());
  }
}
