package vn.kstthc.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * The organisation file changes: an officer moves to another unit, another leaves. Their work in
 * progress goes back to the unit, their access follows the file, and history keeps who did what.
 */
class OrganisationChangeIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-To-chuc-2026!";

  static RunningApplication app;
  static Rest admin;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_org_change"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    properties.put("kstthc.deadlines.scan-enabled", "false");
    app = RunningApplication.start(properties, "postgres");
    admin = app.rest("admin", ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static String taskFor(String unit) {
    String instance =
        GiaoViecRequests.start(app.rest("vps.an", PASSWORD), unit, "Nhiệm vụ của " + unit, "Nội dung", "2026-12-31");
    return admin.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
  }

  static void claim(String user, String task) {
    app.rest(user, PASSWORD).post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).expect(204);
  }

  @Test
  void anOfficerWhoMovesOrLeavesGivesBackTheirTasksAndHistoryStays() {
    String held = taskFor("phong-quan-ly-khoa-hoc");
    claim("qlkh.giang", held);
    String done = taskFor("phong-quan-ly-khoa-hoc");
    claim("qlkh.giang", done);
    app.rest("qlkh.giang", PASSWORD)
        .post("/engine-rest/task/" + done + "/complete", Map.of("variables", Map.of("ketQua", Map.of("value", "Xong"))))
        .expect(204);
    String lans = taskFor("phong-bcvt-cds");
    claim("cds.lan", lans);
    // held once: claimed then unclaimed (officers need TASK_ASSIGN to unclaim: done by the
    // administrator), or claimed then given to someone else; the engine keeps the permissions it
    // gave her on both
    String unclaimed = taskFor("phong-quan-ly-khoa-hoc");
    claim("qlkh.giang", unclaimed);
    admin.post("/engine-rest/task/" + unclaimed + "/unclaim", Map.of()).expect(204);
    String reassigned = taskFor("phong-quan-ly-khoa-hoc");
    claim("qlkh.giang", reassigned);
    admin.post("/engine-rest/task/" + reassigned + "/assignee", Map.of("userId", "qlkh.khanh")).expect(204);

    // the new file: Võ Thị Giang moves to Phòng BCVT và CĐS, Bùi Thị Lan leaves
    OrganisationService service = app.bean(OrganisationService.class);
    Organisation before = service.organisation();
    List<Organisation.Member> users = new ArrayList<>();
    for (Organisation.Member member : before.users()) {
      if (member.id().equals("cds.lan")) {
        continue;
      }
      users.add(member.id().equals("qlkh.giang")
          ? new Organisation.Member(member.id(), member.name(), member.email(), member.title(), List.of("phong-bcvt-cds"))
          : member);
    }
    service.apply(new Organisation(before.groups(), users));

    JsonNode heldNow = admin.get("/engine-rest/task/" + held).expect(200).json();
    assertThat(heldNow.get("assignee").isNull()).as("given back to the unit").isTrue();
    Rest giang = app.rest("qlkh.giang", PASSWORD);
    assertThat(giang.get("/engine-rest/task/" + held).status()).isIn(403, 404);
    assertThat(giang.post("/engine-rest/task/" + held + "/complete", Map.of()).status()).isIn(403, 404);
    assertThat(giang.get("/engine-rest/task").expect(200).json().findValuesAsText("id"))
        .contains(lans)
        .doesNotContain(held, unclaimed, reassigned);
    for (String once : List.of(unclaimed, reassigned)) {
      assertThat(giang.get("/engine-rest/task/" + once).status()).as("held once: no access").isIn(403, 404);
      assertThat(giang.post("/engine-rest/task/" + once + "/claim", Map.of("userId", "qlkh.giang")).status())
          .as("held once: cannot claim it again").isIn(403, 404);
      assertThat(giang.post("/engine-rest/task/" + once + "/complete", Map.of()).status()).isIn(403, 404);
    }
    assertThat(admin.get("/engine-rest/task/" + reassigned).expect(200).json().get("assignee").asText())
        .as("another officer's task stays theirs").isEqualTo("qlkh.khanh");
    assertThat(app.rest("qlkh.khanh", PASSWORD).get("/engine-rest/task").expect(200).json().findValuesAsText("id")).contains(held);

    assertThat(admin.get("/engine-rest/task/" + lans).expect(200).json().get("assignee").isNull()).isTrue();
    assertThat(app.rest("cds.lan", PASSWORD).get("/engine-rest/task").status()).isEqualTo(401);
    assertThat(app.bean(IdentityService.class).createUserQuery().userId("cds.lan").count()).isZero();

    JsonNode history = admin.get("/engine-rest/history/task?taskId=" + done).expect(200).json();
    assertThat(history.get(0).get("assignee").asText()).as("history keeps who did it").isEqualTo("qlkh.giang");
  }
}
