package io.metalflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.junit.jupiter.api.Test;

/**
 * Each user task's form against the decision gateway after it: the form offers exactly the values
 * the gateway accepts and requires one, every other answer goes back to the task (never to an end
 * or an incident), and the form shows why it came back.
 */
class DecisionFormsTest {

  static final Pattern ACCEPTED =
      Pattern.compile("execution\\.getVariable\\('(\\w+)'\\) == '([\\w-]+)'");
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyDecisionFormOffersExactlyTheValuesItsGatewayAcceptsAndRequiresOne() {
    List<Decision> decisions = decisions();
    assertThat(decisions).extracting(Decision::variable).contains("teardownDecision", "tagChoice");
    for (Decision decision : decisions) {
      JsonNode radio = component(form(decision.task()), decision.variable());
      assertThat(radio.path("type").asText()).as(decision.task().getId()).isEqualTo("radio");
      assertThat(radio.path("validate").path("required").asBoolean())
          .as(decision.task().getId())
          .isTrue();
      Set<String> offered = new HashSet<>();
      radio.path("values").forEach(v -> offered.add(v.path("value").asText()));
      assertThat(offered).as(decision.task().getId()).isEqualTo(decision.accepted());
    }
  }

  @Test
  void anyOtherAnswerGoesBackToTheTaskWithAPlainWordsProblemTheFormShows() {
    for (Decision decision : decisions()) {
      SequenceFlow fallback = decision.gateway().getDefault();
      assertThat(fallback).as(decision.gateway().getId() + " default").isNotNull();
      assertThat(fallback.getConditionExpression()).isNull();
      assertThat(fallback.getTarget()).isNotInstanceOf(EndEvent.class);
      CamundaExecutionListener explains =
          fallback
              .getExtensionElements()
              .getElementsQuery()
              .filterByType(CamundaExecutionListener.class)
              .singleResult();
      assertThat(explains.getCamundaExpression()).startsWith("${decisions.");
      JsonNode problem = problemText(form(decision.task()));
      assertThat(problem.path("conditional").path("hide").asText())
          .as(decision.task().getCamundaFormRef())
          .contains("decisionProblem = null");
    }
  }

  @Test
  void tagFormRequiresAnOfferedMachineOnlyWhenMetalflowTagsIt() throws IOException {
    JsonNode form = JSON.readTree(BpmnModelTest.FORMS.resolve("tag-machine.form").toFile());
    JsonNode select = component(form, BootstrapControllerProcess.CHOSEN_MACHINE);

    assertThat(select.path("type").asText()).isEqualTo("select");
    assertThat(select.path("valuesKey").asText())
        .isEqualTo(BootstrapControllerProcess.READY_MACHINES);
    assertThat(select.path("validate").path("required").asBoolean()).isTrue();
    // form-js validates only the fields it shows: the select is required exactly when visible
    assertThat(select.path("conditional").path("hide").asText())
        .isEqualTo("=tagChoice != \"" + BootstrapControllerProcess.TAG_FOR_ME + "\"");
  }

  record Decision(UserTask task, ExclusiveGateway gateway, String variable, Set<String> accepted) {}

  private static List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        task.getOutgoing().stream()
            .map(SequenceFlow::getTarget)
            .filter(ExclusiveGateway.class::isInstance)
            .map(ExclusiveGateway.class::cast)
            .filter(g -> g.getOutgoing().stream().anyMatch(f -> f.getConditionExpression() != null))
            .forEach(gateway -> decisions.add(decision(task, gateway)));
      }
    }
    return decisions;
  }

  private static Decision decision(UserTask task, ExclusiveGateway gateway) {
    String variable = null;
    Set<String> accepted = new HashSet<>();
    for (SequenceFlow flow : gateway.getOutgoing()) {
      if (flow.getConditionExpression() == null) {
        continue;
      }
      Matcher m = ACCEPTED.matcher(flow.getConditionExpression().getTextContent());
      assertThat(m.find()).as(flow.getId() + " checks a decision value").isTrue();
      variable = m.group(1);
      accepted.add(m.group(2));
    }
    return new Decision(task, gateway, variable, accepted);
  }

  private static JsonNode form(UserTask task) {
    try {
      return JSON.readTree(
          BpmnModelTest.FORMS.resolve(task.getCamundaFormRef() + ".form").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode component(JsonNode form, String key) {
    for (JsonNode c : form.path("components")) {
      if (key.equals(c.path("key").asText())) {
        return c;
      }
    }
    throw new AssertionError(form.path("id").asText() + " has no field " + key);
  }

  private static JsonNode problemText(JsonNode form) {
    for (JsonNode c : form.path("components")) {
      if (c.path("text").asText().contains("{{" + CommonNames.DECISION_PROBLEM + "}}")) {
        return c;
      }
    }
    throw new AssertionError(form.path("id").asText() + " does not show the decision problem");
  }

  private static List<BpmnModelInstance> models() {
    try (Stream<Path> files = Files.list(BpmnModelTest.PROCESSES)) {
      return files
          .filter(f -> f.toString().endsWith(".bpmn"))
          .map(f -> Bpmn.readModelFromFile(f.toFile()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
