package io.metalflow.process.delegate;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First task of every process: bad input ends the run at "Invalid input" before any call. */
@Component("validateInputDelegate")
class ValidateInputDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<String> problems = StackInput.problems(execution.getVariables());
    if (!problems.isEmpty()) {
      throw BpmnErrors.raise(BusinessOutcome.INVALID_INPUT, String.join("; ", problems));
    }
  }
}
