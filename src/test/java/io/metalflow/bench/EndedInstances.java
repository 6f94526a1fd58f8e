package io.metalflow.bench;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Ids of process instances that reached their end, from the engine's history events ({@code
 * camunda.bpm.eventing.history}, on by default), so the driver need not query the history while
 * stacks run. An event arrives before its transaction commits: the driver confirms with one query.
 */
final class EndedInstances
    implements ApplicationListener<PayloadApplicationEvent<HistoricProcessInstanceEventEntity>> {

  private final Set<String> ended = ConcurrentHashMap.newKeySet();

  @Override
  public void onApplicationEvent(PayloadApplicationEvent<HistoricProcessInstanceEventEntity> e) {
    HistoricProcessInstanceEventEntity event = e.getPayload();
    if ("end".equals(event.getEventType())) {
      ended.add(event.getProcessInstanceId());
    }
  }

  boolean hasEnded(String processInstanceId) {
    return ended.contains(processInstanceId);
  }
}
