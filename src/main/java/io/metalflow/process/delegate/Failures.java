package io.metalflow.process.delegate;

import io.metalflow.process.CommonNames;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Called from expression listeners on failure end events and timeout boundaries ({@code
 * ${failures.recordWith(execution, 'sentence', 'detailVariable')}}): writes the readable {@link
 * CommonNames#ERROR} the run ends with.
 */
@Component("failures")
public class Failures {

  /** Sets {@code error} to the sentence. */
  public void record(DelegateExecution execution, String sentence) {
    execution.setVariable(CommonNames.ERROR, sentence);
  }

  /** Sets {@code error} to the sentence followed by the text of {@code detailVariable}, if any. */
  public void recordWith(DelegateExecution execution, String sentence, String detailVariable) {
    String detail = Vars.optionalString(execution, detailVariable);
    execution.setVariable(CommonNames.ERROR, detail == null ? sentence : sentence + "\n" + detail);
  }
}
