package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.kstthc.assignment.GiaoViecProcess;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Response;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;
import vn.kstthc.platform.WebappSession;

/**
 * Isolation between units and the rights of each role, through the REST API as officers use it,
 * on PostgreSQL with the demo organisation. Two tasks exist: one for Phòng Quản lý khoa học (unit
 * A), one for Phòng BCVT và CĐS (unit B).
 */
class SecurityIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Bao-mat-2026";
  static final String UNIT_A = "phong-quan-ly-khoa-hoc";
  static final String UNIT_B = "phong-bcvt-cds";

  static RunningApplication app;
  static Rest office;
  static Rest officerA;
  static Rest admin;
  static String instanceA;
  static String instanceB;
  static String taskA;
  static String taskB;

  @BeforeAll
  static void startApplicationWithTwoUnitsWorking() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_security"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    app = RunningApplication.start(properties, "postgres");
    office = app.rest("vps.an", PASSWORD);
    officerA = app.rest("qlkh.giang", PASSWORD);
    admin = app.rest("admin", ADMIN_PASSWORD);

    instanceA = startAssignment(UNIT_A);
    instanceB = startAssignment(UNIT_B);
    taskA = admin.get("/engine-rest/task?processInstanceId=" + instanceA).expect(200).json().get(0).get("id").asText();
    taskB = admin.get("/engine-rest/task?processInstanceId=" + instanceB).expect(200).json().get(0).get("id").asText();
  }

  @AfterAll
  static void noWellKnownAdministratorPasswordThenStop() {
    try {
      // Last, because a wrong password locks the account for a few seconds (login throttling).
      assertThat(app.rest("admin", "admin").get("/engine-rest/task").status()).isEqualTo(401);
    } finally {
      app.close();
    }
  }

  static String startAssignment(String unit) {
    return GiaoViecRequests.start(office, unit, "Nhiệm vụ của " + unit, "Nội dung mật của " + unit, "2026-12-31");
  }

  static boolean taskExists(String taskId) {
    return admin.get("/engine-rest/task/" + taskId).status() == 200;
  }

  @Nested
  class Authentication {
    @Test
    void anonymousCallIsRefused() {
      Response response = app.rest(null, null).get("/engine-rest/task");
      assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordIsRefused() {
      assertThat(app.rest("tdc.minh", "Sai-mat-khau-1").get("/engine-rest/task").status()).isEqualTo(401);
      assertThat(app.rest("khong-ton-tai", PASSWORD).get("/engine-rest/task").status()).isEqualTo(401);
    }

    /** Camunda's engine look-up (our copy of EngineUtil remembers its provider) answers as before. */
    @Test
    void enginesAreAddressedByNameAsInCamunda() {
      assertThat(app.rest(null, null).get("/engine-rest/engine").expect(200).json().findValuesAsText("name"))
          .containsExactly("default");
      assertThat(officerA.get("/engine-rest/engine/default/task").expect(200).json().findValuesAsText("id"))
          .contains(taskA);
      Response unknown = officerA.get("/engine-rest/engine/khong-co/task");
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.json().get("message").asText()).isEqualTo("Process engine khong-co not available");
    }

    @Test
    void aWrongPasswordLocksTheAccountBriefly() {
      Rest dung = app.rest("ld.dung", PASSWORD);
      assertThat(dung.get("/engine-rest/task").status()).isEqualTo(200); // now remembered
      assertThat(app.rest("ld.dung", "Doan-mo-1234").get("/engine-rest/task").status()).isEqualTo(401);
      // the right password, right after, is refused too: the account is locked for a few seconds,
      // and the remembered check is forgotten
      assertThat(dung.get("/engine-rest/task").status()).isEqualTo(401);
    }
  }

  @Nested
  class OfficerOfUnitA {
    @Test
    void listsOnlyTheTasksOfTheirUnit() {
      JsonNode tasks = officerA.get("/engine-rest/task").expect(200).json();
      assertThat(tasks.findValuesAsText("id")).contains(taskA).doesNotContain(taskB);
      assertThat(tasks.findValuesAsText("processInstanceId")).doesNotContain(instanceB);
      assertThat(officerA.get("/engine-rest/task/count").expect(200).json().get("count").asLong())
          .isEqualTo(tasks.size());
    }

    @Test
    void cannotReadUnitBsWorkThroughAnyReadPath() {
      assertThat(officerA.get("/engine-rest/task/" + taskB).status()).isIn(403, 404);
      assertThat(officerA.get("/engine-rest/task/" + taskB + "/variables").status()).isIn(403, 404);
      assertThat(officerA.get("/engine-rest/task/" + taskB + "/form-variables").status()).isIn(403, 404);
      assertThat(officerA.get("/engine-rest/history/task?processInstanceId=" + instanceB).expect(200).json())
          .isEmpty();
      assertThat(officerA.get("/engine-rest/process-instance").expect(200).json().findValuesAsText("id"))
          .doesNotContain(instanceA, instanceB);
      assertThat(officerA.get("/engine-rest/process-instance/" + instanceB).status()).isIn(403, 404);
      assertThat(officerA.get("/engine-rest/variable-instance?processInstanceIdIn=" + instanceB).expect(200).json())
          .isEmpty();
      assertThat(officerA.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceB).expect(200).json())
          .isEmpty();
      assertThat(officerA.get("/engine-rest/history/process-instance?processInstanceId=" + instanceB).expect(200).json())
          .isEmpty();
    }

    @Test
    void theIsolationTestWouldFailWithAuthorizationOff() {
      ProcessEngineConfiguration configuration = app.bean(ProcessEngineConfiguration.class);
      configuration.setAuthorizationEnabled(false);
      try {
        assertThat(officerA.get("/engine-rest/task").expect(200).json().findValuesAsText("id")).contains(taskB);
      } finally {
        configuration.setAuthorizationEnabled(true);
      }
      assertThat(officerA.get("/engine-rest/task").expect(200).json().findValuesAsText("id")).doesNotContain(taskB);
    }

    @Test
    void seesTheirOwnTaskAndItsVariables() {
      assertThat(officerA.get("/engine-rest/task/" + taskA).expect(200).json().get("id").asText()).isEqualTo(taskA);
      assertThat(officerA.get("/engine-rest/task/" + taskA + "/variables").expect(200).json().at("/tieuDe/value").asText())
          .isEqualTo("Nhiệm vụ của " + UNIT_A);
    }

    @Test
    void cannotClaimOrCompleteUnitBsTaskAndNothingChanges() {
      assertThat(officerA.post("/engine-rest/task/" + taskB + "/claim", Map.of("userId", "qlkh.giang")).status())
          .isIn(403, 404);
      assertThat(officerA.post("/engine-rest/task/" + taskB + "/complete", Map.of()).status()).isIn(403, 404);
      JsonNode task = admin.get("/engine-rest/task/" + taskB).expect(200).json();
      assertThat(task.get("assignee").isNull()).isTrue();
      assertThat(task.get("taskDefinitionKey").asText()).isEqualTo(GiaoViecProcess.TASK_REPORT_RESULT);
    }

    @Test
    void cannotDeploy() {
      Response response =
          officerA.postMultipart(
              "/engine-rest/deployment/create", Map.of("deployment-name", "thu"), "thu.bpmn", minimalProcess("thu-officer"));
      assertThat(response.status()).isEqualTo(403);
      assertThat(admin.get("/engine-rest/process-definition?key=thu-officer").expect(200).json()).isEmpty();
    }
  }

  /** Officers' names and e-mail come from the organisation file; the password is their own. */
  @Nested
  class OwnAccount {
    final Rest officer = app.rest("xa.quang", PASSWORD);

    @Test
    void anOfficerCannotRenameOrReaddressThemself() {
      JsonNode before = admin.get("/engine-rest/user/xa.quang/profile").expect(200).json();
      Response renamed =
          officer.put("/engine-rest/user/xa.quang/profile",
              Map.of("id", "xa.quang", "firstName", "Quản trị", "lastName", "hệ thống", "email", before.get("email").asText()));
      assertThat(renamed.status()).isEqualTo(403);
      assertThat(renamed.json().get("message").asText()).isEqualTo(ProfileGuardedIdentityProvider.REFUSED);
      Response readdressed =
          officer.put("/engine-rest/user/xa.quang/profile",
              Map.of("id", "xa.quang", "firstName", before.get("firstName").asText(), "lastName", before.get("lastName").asText(),
                  "email", "ke-gia-mao@example.com"));
      assertThat(readdressed.status()).isEqualTo(403);
      assertThat(admin.get("/engine-rest/user/xa.quang/profile").expect(200).json()).isEqualTo(before);
    }

    @Test
    void anOfficerCannotDeleteTheirAccount() {
      assertThat(officer.delete("/engine-rest/user/xa.quang").status()).isEqualTo(403);
      assertThat(admin.get("/engine-rest/user/xa.quang/profile").status()).isEqualTo(200);
    }

    @Test
    void anOfficerChangesTheirPasswordUnderThePolicy() {
      String changed = "Mat-khau-rieng-2026";
      assertThat(officer.put("/engine-rest/user/xa.quang/credentials", Map.of("password", "ngan", "authenticatedUserPassword", PASSWORD))
              .status())
          .isIn(400, 500); // the engine refuses it: "Password does not match policy"
      officer.put("/engine-rest/user/xa.quang/credentials", Map.of("password", changed, "authenticatedUserPassword", PASSWORD))
          .expect(204);
      try {
        app.rest("xa.quang", changed).get("/engine-rest/task").expect(200);
      } finally {
        app.rest("xa.quang", changed)
            .put("/engine-rest/user/xa.quang/credentials", Map.of("password", PASSWORD, "authenticatedUserPassword", changed))
            .expect(204);
      }
    }

    @Test
    void theEnginesOwnerGrantIsNarrowedToReadAndUpdate() {
      Authorization own =
          app.bean(AuthorizationService.class).createAuthorizationQuery()
              .userIdIn("xa.quang").resourceType(Resources.USER).resourceId("xa.quang").singleResult();
      assertThat(((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) own).getPermissions())
          .isEqualTo(Permissions.READ.getValue() | Permissions.UPDATE.getValue());
    }

    @Test
    void anAdministratorStillEditsAProfile() {
      JsonNode before = admin.get("/engine-rest/user/tdc.minh/profile").expect(200).json();
      admin.put("/engine-rest/user/tdc.minh/profile",
          Map.of("id", "tdc.minh", "firstName", before.get("firstName").asText(), "lastName", before.get("lastName").asText(),
              "email", "minh.moi@example.com")).expect(204);
      // the organisation file is the source: the next sync puts its address back
      app.bean(OrganisationService.class).reload();
      assertThat(admin.get("/engine-rest/user/tdc.minh/profile").expect(200).json()).isEqualTo(before);
    }
  }

  /** Each webapp's plugin API answers only those who may use the webapp. */
  @Nested
  class Webapps {
    static final String STATISTICS = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    @Test
    void anOfficerGetsNothingFromCockpitsPluginApi() {
      WebappSession officer = WebappSession.logIn(app, "tasklist", "vps.an", PASSWORD);
      HttpResponse<String> statistics = officer.get(STATISTICS);
      assertThat(statistics.statusCode()).as(statistics.body()).isEqualTo(403);
      assertThat(statistics.body()).doesNotContain(GiaoViecProcess.KEY);
      assertThat(officer.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated").statusCode()).isEqualTo(403);
      assertThat(WebappSession.anonymous(app).get(STATISTICS).statusCode()).isEqualTo(401);
    }

    @Test
    void aSupervisorReadsCockpitsPluginApi() {
      WebappSession supervisor = WebappSession.logIn(app, "cockpit", "gs.son", PASSWORD);
      HttpResponse<String> statistics = supervisor.get(STATISTICS);
      assertThat(statistics.statusCode()).isEqualTo(200);
      assertThat(statistics.body()).contains(GiaoViecProcess.KEY);
    }

    @Test
    void pagesAreNotStoredAndSendNoReferrerOutside() {
      for (String page : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/", "/camunda/app/welcome/default/")) {
        HttpResponse<String> response = WebappSession.anonymous(app).get(page);
        assertThat(response.statusCode()).as(page).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(page).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.headers().allValues("Cache-Control")).as(page).containsExactly("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(page).hasValue("same-origin");
      }
      HttpResponse<String> api = WebappSession.anonymous(app).get("/engine-rest/version");
      assertThat(api.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
  }

  @Nested
  class Supervisor {
    final Rest supervisor = app.rest("gs.son", PASSWORD);

    @Test
    void readsEveryInstanceAndTask() {
      assertThat(supervisor.get("/engine-rest/process-instance?processDefinitionKey=" + GiaoViecProcess.KEY).expect(200).json().findValuesAsText("id"))
          .contains(instanceA, instanceB);
      assertThat(supervisor.get("/engine-rest/task").expect(200).json().findValuesAsText("id")).contains(taskA, taskB);
      assertThat(supervisor.get("/engine-rest/history/process-instance?processDefinitionKey=" + GiaoViecProcess.KEY).expect(200).json().findValuesAsText("id"))
          .contains(instanceA, instanceB);
    }

    @Test
    void readsTheVariablesOfAnyTask() {
      assertThat(supervisor.get("/engine-rest/task/" + taskB + "/variables").expect(200).json().at("/tieuDe/value").asText())
          .isEqualTo("Nhiệm vụ của " + UNIT_B);
    }

    @Test
    void cannotCompleteAnothersTask() {
      assertThat(supervisor.post("/engine-rest/task/" + taskA + "/complete", Map.of()).status()).isEqualTo(403);
      assertThat(taskExists(taskA)).isTrue();
    }
  }

  @Nested
  class ProcessOwner {
    @Test
    void deploysABpmnThroughRest() {
      Rest owner = app.rest("cqt.tam", PASSWORD);
      JsonNode deployment =
          owner
              .postMultipart(
                  "/engine-rest/deployment/create",
                  Map.of("deployment-name", "thu-nghiem", "deployment-source", "Camunda Modeler"),
                  "thu-nghiem.bpmn",
                  minimalProcess("thu-nghiem-chu-quy-trinh"))
              .expect(200)
              .json();
      assertThat(deployment.get("deployedProcessDefinitions").toString()).contains("thu-nghiem-chu-quy-trinh");
    }

    @Test
    void aDeploymentSentByABrowserForAnotherSiteIsRefused() {
      Rest owner = app.rest("cqt.tam", PASSWORD);
      Response crossSite =
          owner.postMultipart(
              "/engine-rest/deployment/create", Map.of("deployment-name", "gia-mao"), "gia-mao.bpmn",
              minimalProcess("gia-mao-lien-trang"),
              Map.of("Origin", "https://ke-gian.example", "Sec-Fetch-Site", "cross-site"));
      assertThat(crossSite.status()).isEqualTo(403);
      assertThat(crossSite.json().get("message").asText()).contains("X-Requested-By");
      assertThat(admin.get("/engine-rest/process-definition?key=gia-mao-lien-trang").expect(200).json()).isEmpty();
    }

    @Test
    void aDeploymentFromTheSameOriginOrFromModelerPasses() {
      Rest owner = app.rest("cqt.tam", PASSWORD);
      owner.postMultipart(
              "/engine-rest/deployment/create", Map.of("deployment-name", "cung-nguon"), "cung-nguon.bpmn",
              minimalProcess("thu-cung-nguon"), Map.of("Origin", app.baseUrl(), "Sec-Fetch-Site", "same-origin"))
          .expect(200);
      owner.postMultipart(
              "/engine-rest/deployment/create", Map.of("deployment-name", "modeler", "deployment-source", "Camunda Modeler"),
              "modeler.bpmn", minimalProcess("thu-modeler"), Map.of("Origin", "file://", "Sec-Fetch-Site", "cross-site"))
          .expect(200);
    }
  }

  @Nested
  class Attribution {
    @Test
    void operationLogShowsWhoCompletedATask() {
      String instance = startAssignment(UNIT_A);
      Rest officer = app.rest("qlkh.khanh", PASSWORD);
      String task = officer.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
      officer.post("/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of("ketQua", Map.of("value", "Xong")))).expect(204);

      JsonNode log = admin.get("/engine-rest/history/user-operation?taskId=" + task + "&operationType=Complete").expect(200).json();
      assertThat(log).isNotEmpty();
      assertThat(log.get(0).get("userId").asText()).isEqualTo("qlkh.khanh");
      JsonNode history = admin.get("/engine-rest/history/task?taskId=" + task).expect(200).json();
      assertThat(history.get(0).get("assignee").isNull() ? null : history.get(0).get("assignee").asText()).isNull();
      assertThat(history.get(0).get("endTime").isNull()).isFalse();
      List<JsonNode> resultSet = new ArrayList<>();
      admin.get("/engine-rest/history/detail?processInstanceId=" + instance).expect(200).json().forEach(d -> {
        if ("ketQua".equals(d.path("variableName").asText())) {
          resultSet.add(d);
        }
      });
      // The value the officer submitted is tied to the logged "Complete" operation of that officer.
      assertThat(resultSet).hasSize(1);
      assertThat(resultSet.get(0).get("value").asText()).isEqualTo("Xong");
      assertThat(resultSet.get(0).get("userOperationId").asText()).isEqualTo(log.get(0).get("operationId").asText());
    }
  }

  @Nested
  class OrganisationReload {
    @Test
    void reloadingTwiceChangesNothingTheSecondTime() {
      OrganisationService organisation = app.bean(OrganisationService.class);
      organisation.reload();
      List<String> before = snapshot();
      OrganisationSynchronizer.Changes second = organisation.reload();
      assertThat(second.none()).as("changes of the second reload: %s", second).isTrue();
      assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void officersReachTasklistOnlySupervisorsCockpit() {
      AuthorizationService authorizations = app.bean(AuthorizationService.class);
      assertThat(authorizations.isUserAuthorized("qlkh.giang", List.of(UNIT_A), Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
      assertThat(authorizations.isUserAuthorized("qlkh.giang", List.of(UNIT_A), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
      assertThat(authorizations.isUserAuthorized("qlkh.giang", List.of(UNIT_A), Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
      assertThat(authorizations.isUserAuthorized("gs.son", List.of("giam-sat"), Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
      assertThat(authorizations.isUserAuthorized("gs.son", List.of("giam-sat"), Permissions.ACCESS, Resources.APPLICATION, "admin")).isFalse();
    }

    @Test
    void revokeAuthorizationsCreatedInAdminAreListedAsIneffective() {
      AuthorizationService authorizations = app.bean(AuthorizationService.class);
      Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
      revoke.setGroupId(UNIT_A);
      revoke.setResource(Resources.PROCESS_DEFINITION);
      revoke.setResourceId(GiaoViecProcess.KEY);
      revoke.removePermission(Permissions.READ);
      String id = authorizations.saveAuthorization(revoke).getId();
      try {
        assertThat(app.bean(RevokeAuthorizations.class).warnIfAny()).extracting(Authorization::getId).contains(id);
      } finally {
        authorizations.deleteAuthorization(id);
      }
      assertThat(app.bean(RevokeAuthorizations.class).warnIfAny()).isEmpty();
    }

    /** Users with names and groups, group names, memberships and group authorizations, sorted. */
    private List<String> snapshot() {
      IdentityService identity = app.bean(IdentityService.class);
      AuthorizationService authorizations = app.bean(AuthorizationService.class);
      List<String> lines = new ArrayList<>();
      for (User user : identity.createUserQuery().list()) {
        lines.add("user " + user.getId() + " " + user.getFirstName() + " " + user.getLastName() + " " + user.getEmail());
        for (Group group : identity.createGroupQuery().groupMember(user.getId()).list()) {
          lines.add("member " + user.getId() + " " + group.getId());
        }
      }
      for (Group group : identity.createGroupQuery().list()) {
        lines.add("group " + group.getId() + " " + group.getName() + " " + group.getType());
      }
      for (Authorization a : authorizations.createAuthorizationQuery().list()) {
        if (a.getGroupId() != null && AuthorizationPlan.isManaged(a.getResourceType(), a.getResourceId())) {
          lines.add("auth " + a.getId() + " " + a.getGroupId() + " " + a.getResourceType() + " " + a.getResourceId() + " "
              + ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) a).getPermissions());
        }
      }
      return new ArrayList<>(new TreeSet<>(lines));
    }
  }

  static String minimalProcess(String key) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://kstthc.vn/test">
          <bpmn:process id="%s" name="Thử nghiệm" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="StartEvent_1" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key).strip();
  }
}
