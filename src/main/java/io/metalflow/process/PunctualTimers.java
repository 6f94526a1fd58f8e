package io.metalflow.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Wakes this node's job executor when a timer falls due. Camunda's job executor finds a due timer
 * only at its next acquisition, up to {@code max-wait} later; the processes' poll loops are timers,
 * so each poll fired on average 60 ms late (docs/benchmarks.md). When a transaction that created or
 * moved a timer commits, a wake-up is scheduled for the timer's due date. A wake-up only makes the
 * job executor look for due jobs at once: nothing runs that would not have run anyway, and a
 * wake-up lost to a restart or taken by another node just leaves the timer to the regular
 * acquisition.
 */
@Component
class PunctualTimers extends AbstractProcessEnginePlugin implements DisposableBean {

  private final ScheduledThreadPoolExecutor wakeUps = new ScheduledThreadPoolExecutor(1, daemon());
  private volatile JobExecutor jobExecutor;

  PunctualTimers() {
    wakeUps.setRemoveOnCancelPolicy(true);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new WakingJobManagers());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    jobExecutor = configuration.getJobExecutor();
  }

  @Override
  public void destroy() {
    wakeUps.shutdownNow();
  }

  /** Pending wake-ups (tests). */
  int pending() {
    return wakeUps.getQueue().size();
  }

  private void wakeUpAt(Date dueDate) {
    Context.getCommandContext()
        .getTransactionContext()
        .addTransactionListener(
            TransactionState.COMMITTED,
            committed -> {
              long delay = dueDate.getTime() - ClockUtil.getCurrentTime().getTime();
              if (delay > 0 && !wakeUps.isShutdown()) {
                wakeUps.schedule(this::wakeJobExecutor, delay, TimeUnit.MILLISECONDS);
              }
            });
  }

  private void wakeJobExecutor() {
    JobExecutor executor = jobExecutor;
    if (executor != null) {
      executor.jobWasAdded();
    }
  }

  private static ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "punctual-timers");
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Opens {@link WakingJobManager}s where the engine asks for its {@link JobManager}. */
  private final class WakingJobManagers implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return JobManager.class;
    }

    @Override
    public Session openSession() {
      return new WakingJobManager();
    }
  }

  /** The engine's job manager, which also asks for a wake-up when it schedules a timer. */
  private final class WakingJobManager extends JobManager {

    @Override
    public void schedule(TimerEntity timer) {
      super.schedule(timer);
      wakeUpAt(timer.getDuedate());
    }

    @Override
    public void reschedule(JobEntity job, Date newDuedate) {
      super.reschedule(job, newDuedate);
      if (job instanceof TimerEntity) {
        wakeUpAt(newDuedate);
      }
    }
  }
}
