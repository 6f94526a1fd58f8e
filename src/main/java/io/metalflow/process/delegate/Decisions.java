package io.metalflow.process.delegate;

import static io.metalflow.process.BootstrapControllerProcess.*;

import com.fasterxml.jackson.core.type.TypeReference;
import io.metalflow.process.CommonNames;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The operators' decisions, as the models check them ({@code ${decisions...}} in listeners and
 * conditions). A decision gateway takes a flow only for a known value; anything else (missing, a
 * typo from a REST client, a machine that was not offered) goes back to the task with {@link
 * CommonNames#DECISION_PROBLEM} saying what to fix, so a bad answer never becomes an incident.
 */
@Component("decisions")
public class Decisions {

  private static final TypeReference<List<Map<String, String>>> OPTIONS = new TypeReference<>() {};

  /** Task end listener: the problem of the previous round no longer applies. */
  public void clear(DelegateExecution execution) {
    execution.removeVariable(CommonNames.DECISION_PROBLEM);
  }

  /**
   * Back-flow listener: {@code variable} holds none of the comma-separated {@code choices} (e.g.
   * {@code 'approve,reject'}).
   */
  public void unknown(DelegateExecution execution, String variable, String choices) {
    String value = Vars.optionalString(execution, variable);
    String listed = "\"" + String.join("\" or \"", choices.split(",")) + "\"";
    String problem =
        value == null
            ? "No decision was given: choose " + listed + "."
            : "\"" + value + "\" is not one of the choices: choose " + listed + ".";
    execution.setVariable(CommonNames.DECISION_PROBLEM, problem);
  }

  /** Whether {@code chosenMachine} is one of the Ready machines the tag form offered. */
  public boolean offered(DelegateExecution execution) {
    String chosen = Vars.optionalString(execution, CHOSEN_MACHINE);
    List<Map<String, String>> options = Vars.json(execution, READY_MACHINES, OPTIONS);
    return chosen != null
        && options != null
        && options.stream().anyMatch(o -> chosen.equals(o.get("value")));
  }

  /** Back-flow listener of the tag task: what was wrong with the answer. */
  public void explainTagChoice(DelegateExecution execution) {
    if (!TAG_FOR_ME.equals(Vars.optionalString(execution, TAG_CHOICE))) {
      unknown(execution, TAG_CHOICE, TAG_FOR_ME + "," + TAGGED_IN_MAAS);
      return;
    }
    String chosen = Vars.optionalString(execution, CHOSEN_MACHINE);
    execution.setVariable(
        CommonNames.DECISION_PROBLEM,
        chosen == null
            ? "Choose the Ready machine Metalflow should tag."
            : "\""
                + chosen
                + "\" is not one of the Ready machines listed: choose one from the list.");
  }
}
