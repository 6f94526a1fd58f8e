package io.metalflow.reliability.support;

import io.metalflow.process.ObservabilityStackProcess;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What happened to one stack while a {@link StackOperator} drove it: the tasks it completed, the
 * incidents it saw and retried, and how it ended.
 */
public final class StackRun {

  private final String businessKey;
  private final String processInstanceId;
  private final Instant started = Instant.now();
  private final List<String> completedTasks = new ArrayList<>();
  private final Set<String> incidents = new HashSet<>();
  private int incidentRetries;
  private String state = "ACTIVE";
  private List<String> endEvents = List.of();
  private String error;
  private List<String> openTasks = List.of();
  private List<String> openIncidents = List.of();
  private Instant ended;

  StackRun(String businessKey, String processInstanceId) {
    this.businessKey = businessKey;
    this.processInstanceId = processInstanceId;
  }

  public String businessKey() {
    return businessKey;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  /** Task definition keys in the order the operator completed them. */
  public synchronized List<String> completedTasks() {
    return List.copyOf(completedTasks);
  }

  public synchronized long completed(String taskDefinitionKey) {
    return completedTasks.stream().filter(taskDefinitionKey::equals).count();
  }

  public synchronized int incidentsSeen() {
    return incidents.size();
  }

  public synchronized int incidentRetries() {
    return incidentRetries;
  }

  /** ACTIVE while running; COMPLETED, EXTERNALLY_TERMINATED, … from history once ended. */
  public synchronized String state() {
    return state;
  }

  public synchronized boolean isEnded() {
    return ended != null;
  }

  /** Ended normally: the lab was torn down at the end of the whole stack. */
  public synchronized boolean tornDown() {
    return ended != null
        && state.equals("COMPLETED")
        && endEvents.equals(List.of(ObservabilityStackProcess.END_LAB_TORN_DOWN));
  }

  /** Still running, and waiting for someone: at a task without a decision, or an incident. */
  public synchronized boolean waitsForOperator() {
    return ended == null && (!openTasks.isEmpty() || !openIncidents.isEmpty());
  }

  /** Ids of the root's end events the run passed (e.g. {@code EndEvent_LabTornDown}). */
  public synchronized List<String> endEvents() {
    return endEvents;
  }

  /** The {@code error} variable of the root instance once ended, if it has one. */
  public synchronized String error() {
    return error;
  }

  /** Still open when the operator stopped: task definition keys it was not told to complete. */
  public synchronized List<String> openTasks() {
    return openTasks;
  }

  /** Still open when the operator stopped: {@code activity: message} per incident. */
  public synchronized List<String> openIncidents() {
    return openIncidents;
  }

  public synchronized Duration duration() {
    return Duration.between(started, ended == null ? Instant.now() : ended);
  }

  synchronized void taskCompleted(String taskDefinitionKey) {
    completedTasks.add(taskDefinitionKey);
  }

  synchronized boolean incidentSeen(String incidentId) {
    return incidents.add(incidentId);
  }

  synchronized void incidentRetried() {
    incidentRetries++;
  }

  synchronized void open(List<String> tasks, List<String> incidentTexts) {
    openTasks = List.copyOf(tasks);
    openIncidents = List.copyOf(incidentTexts);
  }

  synchronized void ended(String finalState, List<String> ends, String errorText) {
    state = finalState;
    error = errorText;
    endEvents = List.copyOf(ends);
    openTasks = List.of();
    openIncidents = List.of();
    ended = Instant.now();
  }

  @Override
  public synchronized String toString() {
    return businessKey
        + " "
        + state
        + (endEvents.isEmpty() ? "" : " at " + endEvents)
        + (error == null ? "" : " (error: " + error + ")")
        + " in "
        + duration().toSeconds()
        + "s, tasks "
        + completedTasks
        + ", incidents "
        + incidents.size()
        + (openTasks.isEmpty() ? "" : ", waiting at " + openTasks)
        + (openIncidents.isEmpty() ? "" : ", open incidents " + openIncidents);
  }
}
