package io.metalflow.process.delegate;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.BpmnError;

/**
 * The one place where failures become BPMN errors. A delegate names the outcome its task's model
 * catches; an exception meaning that outcome becomes a {@link BpmnError} with a readable message,
 * everything else (retryable or not) propagates unchanged so the engine retries the job and, when
 * the retries are spent, raises an incident.
 */
final class BpmnErrors {

  private BpmnErrors() {}

  /** Runs a client call; turns the exceptions meaning {@code outcome} into its BPMN error. */
  static <T> T expecting(BusinessOutcome outcome, Supplier<T> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      if (outcome.matches(e)) {
        throw new BpmnError(outcome.code(), outcome.explanation() + ": " + e.getMessage(), e);
      }
      throw e;
    }
  }

  /** Runs a client call without result; see {@link #expecting(BusinessOutcome, Supplier)}. */
  static void expecting(BusinessOutcome outcome, Runnable call) {
    expecting(
        outcome,
        () -> {
          call.run();
          return null;
        });
  }

  /** The BPMN error of an outcome found without an exception (a job's exit code, a check). */
  static BpmnError raise(BusinessOutcome outcome, String detail) {
    return new BpmnError(outcome.code(), outcome.explanation() + ": " + detail);
  }
}
