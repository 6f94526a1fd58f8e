package io.metalflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.Test;

/** The BPMN files as Cockpit and the Modeler see them, and their contract with the Java code. */
class BpmnModelTest {

  static final Path PROCESSES = Path.of("processes");
  static final Path FORMS = Path.of("forms");
  static final List<Class<?>> PROCESS_CLASSES =
      List.of(
          BootstrapControllerProcess.class,
          DeployApplicationsProcess.class,
          IntegrateApplicationsProcess.class,
          TeardownControllerProcess.class,
          ObservabilityStackProcess.class);

  @Test
  void everyProcessClassHasItsExecutableFileWithHistoryTimeToLive() {
    for (Class<?> processClass : PROCESS_CLASSES) {
      String key = constant(processClass, "KEY");
      Process process = model(PROCESSES.resolve(key + ".bpmn")).getModelElementById(key);
      assertThat(process).as(key).isNotNull();
      assertThat(process.isExecutable()).as(key).isTrue();
      assertThat(process.getCamundaHistoryTimeToLiveString()).as(key).isEqualTo("P30D");
      assertThat(process.getName()).as(key).isNotBlank();
    }
  }

  @Test
  void everyFlowNodeHasANameAndAShapeThatDoesNotOverlapItsNeighbours() {
    for (BpmnModelInstance model : models()) {
      List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
      for (FlowNode node : nodes) {
        assertThat(node.getName()).as(node.getId()).isNotBlank();
        assertThat(node.getDiagramElement()).as("shape of " + node.getId()).isNotNull();
        assertThat(node.getId())
            .matches(
                "(Task|UserTask|Gateway|Event|EndEvent|StartEvent|Timer|Activity|CallActivity)_\\w+");
      }
      for (int i = 0; i < nodes.size(); i++) {
        for (int j = i + 1; j < nodes.size(); j++) {
          assertNoOverlap(nodes.get(i), nodes.get(j));
        }
      }
    }
  }

  @Test
  void everySequenceFlowHasAnEdgeWithWaypoints() {
    for (BpmnModelInstance model : models()) {
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        BpmnEdge edge = flow.getDiagramElement();
        assertThat(edge).as("edge of " + flow.getId()).isNotNull();
        assertThat(edge.getWaypoints()).as(flow.getId()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(flow.getId()).startsWith("Flow_");
      }
    }
  }

  @Test
  void boundaryEventsSitOnTheirHostsBorder() {
    for (BpmnModelInstance model : models()) {
      for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
        Bounds host = ((BpmnShape) event.getAttachedTo().getDiagramElement()).getBounds();
        Bounds b = event.getDiagramElement().getBounds();
        double cx = b.getX() + b.getWidth() / 2;
        double cy = b.getY() + b.getHeight() / 2;
        boolean onBottomOrTop =
            (cy == host.getY() + host.getHeight() || cy == host.getY())
                && cx >= host.getX()
                && cx <= host.getX() + host.getWidth();
        assertThat(onBottomOrTop).as(event.getId() + " on its host's border").isTrue();
      }
    }
  }

  @Test
  void everyServiceTaskIsAsyncWithARetryCycleAndADelegateBean() {
    for (BpmnModelInstance model : models()) {
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(task.isCamundaAsyncBefore()).as(task.getId()).isTrue();
        assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{\\w+}");
        Collection<CamundaFailedJobRetryTimeCycle> cycles =
            task.getExtensionElements()
                .getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class)
                .list();
        assertThat(cycles).as(task.getId()).hasSize(1);
        assertThat(cycles.iterator().next().getTextContent()).matches("R\\d+/PT\\d+S");
      }
    }
  }

  @Test
  void everyErrorCodeOfTheProcessClassesIsDeclaredAndCaughtByABoundary() {
    Set<String> caught = new HashSet<>();
    Set<String> declared = new HashSet<>();
    for (BpmnModelInstance model : models()) {
      model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Error.class).stream()
          .map(org.camunda.bpm.model.bpmn.instance.Error::getErrorCode)
          .forEach(declared::add);
      for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
        event.getEventDefinitions().stream()
            .filter(ErrorEventDefinition.class::isInstance)
            .map(d -> ((ErrorEventDefinition) d).getError().getErrorCode())
            .forEach(caught::add);
      }
    }
    Set<String> codes = new HashSet<>();
    Stream.concat(PROCESS_CLASSES.stream(), Stream.of(CommonNames.class))
        .flatMap(c -> Stream.of(c.getFields()))
        .filter(f -> f.getName().startsWith("ERR_"))
        .forEach(f -> codes.add(value(f)));
    assertThat(codes).isNotEmpty();
    assertThat(caught).containsAll(codes);
    assertThat(declared).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void everyElementIdTheProcessClassesNameExistsInTheirFile() {
    for (Class<?> processClass : PROCESS_CLASSES) {
      BpmnModelInstance model = model(PROCESSES.resolve(constant(processClass, "KEY") + ".bpmn"));
      for (Field field : processClass.getFields()) {
        String value = value(field);
        if (value.matches(
            "(Task|UserTask|Gateway|Event|EndEvent|Timer|Activity|CallActivity)_\\w+")) {
          BaseElement element = model.getModelElementById(value);
          assertThat(element).as(processClass.getSimpleName() + "." + field.getName()).isNotNull();
        }
      }
    }
  }

  @Test
  void everyReferencedFormExistsWithSchemaVersion16() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> referenced = new HashSet<>();
    for (BpmnModelInstance model : models()) {
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("latest");
        assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo("operators");
        referenced.add(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          referenced.add(start.getCamundaFormRef());
        }
      }
    }
    assertThat(referenced).contains("observability-stack-start", "tag-machine", "approve-teardown");
    for (String formId : referenced) {
      JsonNode form = json.readTree(FORMS.resolve(formId + ".form").toFile());
      assertThat(form.path("id").asText()).isEqualTo(formId);
      assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
      assertThat(form.path("components").size()).isPositive();
    }
  }

  private static void assertNoOverlap(FlowNode a, FlowNode b) {
    if (a instanceof BoundaryEvent || b instanceof BoundaryEvent || nested(a, b) || nested(b, a)) {
      return;
    }
    Bounds p = ((BpmnShape) a.getDiagramElement()).getBounds();
    Bounds q = ((BpmnShape) b.getDiagramElement()).getBounds();
    boolean apart =
        p.getX() + p.getWidth() <= q.getX()
            || q.getX() + q.getWidth() <= p.getX()
            || p.getY() + p.getHeight() <= q.getY()
            || q.getY() + q.getHeight() <= p.getY();
    assertThat(apart).as(a.getId() + " overlaps " + b.getId()).isTrue();
  }

  private static boolean nested(FlowNode inner, FlowNode outer) {
    for (var parent = inner.getParentElement();
        parent != null;
        parent = parent.getParentElement()) {
      if (parent == outer) {
        return true;
      }
    }
    return false;
  }

  private static List<BpmnModelInstance> models() {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      List<BpmnModelInstance> models =
          files.filter(f -> f.toString().endsWith(".bpmn")).map(BpmnModelTest::model).toList();
      assertThat(models).hasSize(PROCESS_CLASSES.size());
      return models;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static BpmnModelInstance model(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    Bpmn.validateModel(model);
    return model;
  }

  private static String constant(Class<?> type, String name) {
    try {
      return value(type.getField(name));
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String value(Field field) {
    try {
      return Modifier.isStatic(field.getModifiers()) ? String.valueOf(field.get(null)) : "";
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
