package io.metalflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every process in {@code processes/} as Cockpit draws it: each flow node of the file is on the
 * diagram, and the diagram is saved as {@code target/screenshots/diagrams/<key>.png} (the images in
 * {@code docs/images/} are copies of these).
 */
class ProcessDiagramsIT extends BrowserTestSupport {

  static final Path PROCESSES = Paths.get("processes");
  static final Path DIAGRAMS = Screenshots.DIRECTORY.resolve("diagrams");

  @Autowired RepositoryService repository;

  static Stream<Path> bpmnFiles() throws IOException {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bpmnFiles")
  void cockpitDrawsEveryStepOfTheProcessAndTheDiagramIsSavedAsAnImage(Path bpmn) throws Exception {
    BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
    String key = model.getModelElementsByType(Process.class).iterator().next().getId();
    List<String> flowNodes =
        model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).toList();

    Page page = chromium.newPage();
    Page blank = chromium.newPage();
    Tasklist login = new Tasklist(page, baseUrl());
    login.logIn(ADMIN, PASSWORD);
    Cockpit cockpit = new Cockpit(page, baseUrl());
    cockpit.openDefinition(latest(key).getId(), key);

    List<String> drawn =
        cockpit.diagram(key).locator("g.djs-shape[data-element-id]").all().stream()
            .map(shape -> shape.getAttribute("data-element-id"))
            .toList();
    assertThat(drawn).as("shapes Cockpit draws for %s", key).containsAll(flowNodes);

    Files.createDirectories(DIAGRAMS);
    Path png = DIAGRAMS.resolve(key + ".png");
    DiagramImage.render(blank, DiagramImage.standaloneSvg(cockpit.diagram(key)), png);
    assertThat(png).isNotEmptyFile();
    page.close();
    blank.close();
  }

  private ProcessDefinition latest(String key) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult();
  }
}
