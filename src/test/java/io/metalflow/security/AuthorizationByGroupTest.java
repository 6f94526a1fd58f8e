package io.metalflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.metalflow.process.ObservabilityStackProcess;
import io.metalflow.security.Rest.Reply;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What members of {@code viewers} and {@code operators} may do over REST and in the webapps:
 * viewers read, operators also start and work on tasks, nobody but the admin administers
 * identities, authorizations or deployments.
 */
@ExtendWith(RunningMetalflow.Lease.class)
class AuthorizationByGroupTest {

  private static RunningMetalflow app;
  private static Rest viewer;
  private static Rest operator;

  @BeforeAll
  static void start() {
    app = RunningMetalflow.get();
    ProbeProcess.deploy(app);
    viewer = app.viewer();
    operator = app.operator();
  }

  @Test
  void viewersSeeDefinitionsInstancesTasksVariablesAndHistory() {
    Task task = ProbeProcess.start(app);
    String instance = task.getProcessInstanceId();

    assertThat(viewer.get("/engine-rest/process-definition?key=" + ObservabilityStackProcess.KEY))
        .satisfies(ok())
        .extracting(Reply::body)
        .asString()
        .contains("\"key\":\"observability-stack\"");
    assertThat(viewer.get("/engine-rest/process-instance?processInstanceIds=" + instance))
        .satisfies(ok());
    assertThat(viewer.get("/engine-rest/process-instance/" + instance + "/variables"))
        .satisfies(ok());
    assertThat(viewer.get("/engine-rest/task?processInstanceId=" + instance))
        .satisfies(ok())
        .extracting(Reply::body)
        .asString()
        .contains(task.getId());
    assertThat(viewer.get("/engine-rest/history/process-instance?processInstanceId=" + instance))
        .satisfies(ok());
    assertThat(viewer.get("/engine-rest/history/variable-instance?processInstanceId=" + instance))
        .satisfies(ok());
    assertThat(viewer.get("/engine-rest/history/activity-instance?processInstanceId=" + instance))
        .satisfies(ok());
  }

  @Test
  void viewersCannotStartProcesses() {
    long before = instances();

    Stream.of(
            viewer.post("/engine-rest/process-definition/key/" + ProbeProcess.KEY + "/start", "{}"),
            viewer.post(
                "/engine-rest/process-definition/key/" + ProbeProcess.KEY + "/submit-form", "{}"),
            viewer.post(
                "/engine-rest/process-definition/key/" + ObservabilityStackProcess.KEY + "/start",
                "{\"businessKey\":\"viewer-start\"}"))
        .forEach(reply -> assertThat(reply).satisfies(forbidden()));
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void viewersCannotClaimCompleteOrSubmitTasks() {
    String task = ProbeProcess.start(app).getId();

    Stream.of(
            viewer.post("/engine-rest/task/" + task + "/claim", "{\"userId\":\"secviewer\"}"),
            viewer.post("/engine-rest/task/" + task + "/complete", "{}"),
            viewer.post("/engine-rest/task/" + task + "/submit-form", "{}"),
            viewer.post("/engine-rest/task/" + task + "/assignee", "{\"userId\":\"secviewer\"}"))
        .forEach(reply -> assertThat(reply).satisfies(forbidden()));
    assertThat(
            app.bean(org.camunda.bpm.engine.TaskService.class)
                .createTaskQuery()
                .taskId(task)
                .count())
        .isEqualTo(1);
  }

  @Test
  void viewersCannotChangeVariablesOrCancelInstances() {
    Task task = ProbeProcess.start(app);
    String instance = task.getProcessInstanceId();
    String value = "{\"value\":\"changed\",\"type\":\"String\"}";

    Stream.of(
            viewer.put("/engine-rest/process-instance/" + instance + "/variables/note", value),
            viewer.post(
                "/engine-rest/process-instance/" + instance + "/variables",
                "{\"modifications\":{\"note\":" + value + "}}"),
            viewer.delete("/engine-rest/process-instance/" + instance + "/variables/note"),
            viewer.put("/engine-rest/task/" + task.getId() + "/variables/note", value),
            viewer.put("/engine-rest/execution/" + instance + "/localVariables/note", value),
            viewer.delete("/engine-rest/process-instance/" + instance),
            viewer.put(
                "/engine-rest/process-instance/" + instance + "/suspended", "{\"suspended\":true}"))
        .forEach(reply -> assertThat(reply).satisfies(forbidden()));
    assertThat(app.bean(RuntimeService.class).getVariables(instance)).doesNotContainKey("note");
  }

  @Test
  void operatorsStartCompleteAndSetVariables() {
    Reply started =
        operator.post(
            "/engine-rest/process-definition/key/" + ProbeProcess.KEY + "/start",
            "{\"businessKey\":\"operator-start\"}");
    assertThat(started).satisfies(ok());
    String instance = Json.read(started.body()).path("id").asText();
    String task =
        Json.read(operator.get("/engine-rest/task?processInstanceId=" + instance).body())
            .path(0)
            .path("id")
            .asText();

    assertThat(
            operator.put(
                "/engine-rest/process-instance/" + instance + "/variables/note",
                "{\"value\":\"checked\",\"type\":\"String\"}"))
        .satisfies(noContent());
    assertThat(
            operator.post(
                "/engine-rest/task/" + task + "/complete",
                "{\"variables\":{\"done\":{\"value\":true,\"type\":\"Boolean\"}}}"))
        .satisfies(noContent());
    assertThat(
            app.bean(RuntimeService.class)
                .createProcessInstanceQuery()
                .processInstanceId(instance)
                .count())
        .isZero();
  }

  @Test
  void operatorsCannotAdministerUsersGroupsAuthorizationsOrDeployments() {
    String strong = "{\"password\":\"Str0ng-Enough!\"}";
    Stream.of(
            operator.post(
                "/engine-rest/user/create",
                "{\"profile\":{\"id\":\"mallory\"},\"credentials\":" + strong + "}"),
            operator.delete("/engine-rest/user/secviewer"),
            operator.post("/engine-rest/group/create", "{\"id\":\"rogues\",\"name\":\"Rogues\"}"),
            operator.put("/engine-rest/group/camunda-admin/members/secoperator", null),
            operator.put("/engine-rest/group/operators/members/secviewer", null),
            operator.delete("/engine-rest/group/viewers/members/secviewer"),
            operator.post(
                "/engine-rest/authorization/create",
                "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"secoperator\","
                    + "\"resourceType\":0,\"resourceId\":\"*\"}"),
            deployment(operator))
        .forEach(reply -> assertThat(reply).satisfies(forbidden()));
    assertThat(
            app.bean(org.camunda.bpm.engine.IdentityService.class)
                .createUserQuery()
                .memberOfGroup("camunda-admin")
                .list())
        .extracting(u -> u.getId())
        .containsExactly("admin");
  }

  @Test
  void operatorsCannotChangeAnotherUsersPasswordOrProfile() {
    Reply password =
        operator.put(
            "/engine-rest/user/secviewer/credentials",
            "{\"password\":\"Str0ng-Enough!\",\"authenticatedUserPassword\":\""
                + app.operatorPassword()
                + "\"}");
    Reply profile =
        operator.put(
            "/engine-rest/user/secviewer/profile",
            "{\"id\":\"secviewer\",\"firstName\":\"Mallory\"}");

    assertThat(List.of(password, profile))
        .as("other users are invisible to operators")
        .allSatisfy(reply -> assertThat(reply.status()).as(reply.toString()).isIn(403, 404));
    assertThat(
            app.bean(org.camunda.bpm.engine.IdentityService.class)
                .createUserQuery()
                .userId(RunningMetalflow.VIEWER)
                .singleResult()
                .getFirstName())
        .isEqualTo(RunningMetalflow.VIEWER);
    assertThat(viewer.get("/engine-rest/process-definition/count").status())
        .as("the viewer's password still works")
        .isEqualTo(200);
  }

  @Test
  void onlyTheAdminDeploys() {
    assertThat(deployment(viewer)).satisfies(forbidden());
    assertThat(deployment(app.admin()).status()).isEqualTo(200);
  }

  @Test
  void viewersAndOperatorsLogInToCockpitButNotToAdmin() {
    for (List<String> login :
        List.of(
            List.of(RunningMetalflow.VIEWER, app.viewerPassword()),
            List.of(RunningMetalflow.OPERATOR, app.operatorPassword()))) {
      WebappSession browser = new WebappSession(app.baseUrl());
      browser.open("cockpit");

      assertThat(browser.login("admin", login.get(0), login.get(1)).status()).isIn(401, 403);
      assertThat(browser.login("cockpit", login.get(0), login.get(1))).satisfies(ok());
      assertThat(
              browser.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"))
          .satisfies(ok());
      assertThat(browser.get("/camunda/api/admin/auth/user/default").body())
          .contains("\"userId\":\"" + login.get(0) + "\"")
          .doesNotContain("\"admin\"");
    }
  }

  private static Reply deployment(Rest as) {
    String boundary = "metalflow-boundary";
    String bpmn =
        org.camunda.bpm.model.bpmn.Bpmn.convertToString(
            org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("security-intruder")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .endEvent()
                .done());
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nintruder\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"intruder.bpmn\"\r\n"
            + "Content-Type: application/xml\r\n\r\n"
            + bpmn
            + "\r\n--"
            + boundary
            + "--\r\n";
    return as.send(
        "POST",
        "/engine-rest/deployment/create",
        body,
        "multipart/form-data; boundary=" + boundary);
  }

  private static long instances() {
    return app.bean(RuntimeService.class).createProcessInstanceQuery().count();
  }

  private static java.util.function.Consumer<Reply> ok() {
    return reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
  }

  private static java.util.function.Consumer<Reply> noContent() {
    return reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(204);
  }

  private static java.util.function.Consumer<Reply> forbidden() {
    return reply -> assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
  }
}
