package vn.kstthc.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.flywaydb.core.Flyway;
import vn.kstthc.assignment.GiaoViecProcess;

/**
 * What every database must support, run by {@code H2PlatformIT} and {@code PostgresPlatformIT}:
 * the application starts on an empty database, creates the schema, deploys the models, runs a
 * process through the REST API, and after a restart on the same database keeps the instance and
 * deploys nothing again.
 */
abstract class PlatformSmokeScenario {

  static final String TITLE = "Rà soát thủ tục hành chính lĩnh vực khoa học và công nghệ";

  static final String ADMIN_PASSWORD = "Quan-tri-Test-2026";
  static final String NEW_ADMIN_PASSWORD = "Quan-tri-Moi-2027!";

  /** Properties that point the application at the database under test. */
  abstract Map<String, Object> databaseProperties();

  abstract String[] profiles();

  /** Demo officers: the Văn phòng assigns and confirms, the unit reports. */
  static final String OFFICE_OFFICER = "vps.an";
  static final String UNIT_OFFICER = "qlkh.giang";
  static final String DEMO_PASSWORD = "Kstthc@2026!";

  void runScenario() {
    String instanceId;
    String deploymentId;
    try (RunningApplication app = RunningApplication.start(databaseProperties(), profiles())) {
      RunningApplication.Rest rest = app.rest(OFFICE_OFFICER, DEMO_PASSWORD);
      RunningApplication.Rest unit = app.rest(UNIT_OFFICER, DEMO_PASSWORD);
      RunningApplication.Rest admin = app.rest("admin", ADMIN_PASSWORD);

      JsonNode deployments =
          admin.get("/engine-rest/deployment?name=" + ModelDeployer.DEPLOYMENT_NAME).expect(200).json();
      assertThat(deployments).hasSize(1);
      deploymentId = deployments.get(0).get("id").asText();
      JsonNode resources =
          admin.get("/engine-rest/deployment/" + deploymentId + "/resources").expect(200).json();
      assertThat(resources.findValuesAsText("name"))
          .contains("processes/giao-viec.bpmn", "forms/giao-viec/khoi-tao.form");

      JsonNode started =
          rest.post(
                  "/engine-rest/process-definition/key/" + GiaoViecProcess.KEY + "/start",
                  Map.of(
                      "businessKey", "NV-2026-001",
                      "variables",
                      Map.of(
                          GiaoViecProcess.TIEU_DE.name(), string(TITLE),
                          GiaoViecProcess.NOI_DUNG.name(), string("Đề xuất đơn giản hóa"),
                          GiaoViecProcess.DON_VI_CHU_TRI.name(), string("phong-quan-ly-khoa-hoc"),
                          GiaoViecProcess.HAN_HOAN_THANH.name(), string("2026-12-15"))))
              .expect(200)
              .json();
      instanceId = started.get("id").asText();

      JsonNode task = onlyTask(unit, instanceId);
      assertThat(task.get("taskDefinitionKey").asText())
          .isEqualTo(GiaoViecProcess.TASK_REPORT_RESULT);
      assertThat(task.get("due").asText()).startsWith("2026-12-15T17:30:00.000+0700");
      assertThat(
              unit.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables")
                  .expect(200)
                  .json()
                  .at("/tieuDe/value")
                  .asText())
          .isEqualTo(TITLE);

      unit.post(
              "/engine-rest/task/" + task.get("id").asText() + "/complete",
              Map.of(
                  "variables",
                  Map.of(GiaoViecProcess.KET_QUA.name(), string("Đã rà soát 12 thủ tục"))))
          .expect(204);
      assertThat(onlyTask(rest, instanceId).get("taskDefinitionKey").asText())
          .isEqualTo(GiaoViecProcess.TASK_CONFIRM_RESULT);
    }

    // restarted with a new administrator password (the province changed KSTTHC_ADMIN_PASSWORD)
    Map<String, Object> restart = new java.util.HashMap<>(databaseProperties());
    restart.put("KSTTHC_ADMIN_PASSWORD", NEW_ADMIN_PASSWORD);
    try (RunningApplication app = RunningApplication.start(restart, profiles())) {
      RunningApplication.Rest rest = app.rest(OFFICE_OFFICER, DEMO_PASSWORD);
      RunningApplication.Rest admin = app.rest("admin", NEW_ADMIN_PASSWORD);

      JsonNode deployments =
          admin.get("/engine-rest/deployment?name=" + ModelDeployer.DEPLOYMENT_NAME).expect(200).json();
      assertThat(deployments).hasSize(1);
      assertThat(deployments.get(0).get("id").asText()).isEqualTo(deploymentId);
      // the demo TTHC catalogue was loaded at the first start, on this database, and only once
      assertThat(rest.get("/api/tthc").expect(200).json().get("total").asInt()).isEqualTo(26);
      assertThat(rest.get("/api/tthc/2.002131").expect(200).json().get("history")).hasSize(1);
      assertThat(app.bean(Flyway.class).info().applied())
          .extracting(migration -> migration.getVersion().getVersion())
          .startsWith("1", "2")
          .doesNotHaveDuplicates();
      assertThat(app.bean(Flyway.class).info().pending()).isEmpty();

      JsonNode task = onlyTask(rest, instanceId);
      assertThat(task.get("taskDefinitionKey").asText())
          .isEqualTo(GiaoViecProcess.TASK_CONFIRM_RESULT);
      rest.post(
              "/engine-rest/task/" + task.get("id").asText() + "/complete",
              Map.of(
                  "variables",
                  Map.of(GiaoViecProcess.KET_LUAN.name(), string(GiaoViecProcess.KET_LUAN_DAT))))
          .expect(204);

      admin.get("/engine-rest/process-instance/" + instanceId).expect(404);
      JsonNode historic =
          admin.get("/engine-rest/history/process-instance/" + instanceId).expect(200).json();
      assertThat(historic.get("state").asText()).isEqualTo("COMPLETED");
      assertThat(
              admin.get(
                      "/engine-rest/history/activity-instance?processInstanceId="
                          + instanceId
                          + "&activityId="
                          + GiaoViecProcess.END_EVENT)
                  .expect(200)
                  .json())
          .hasSize(1);
      // last: a wrong password locks the account for a few seconds
      assertThat(app.rest("admin", ADMIN_PASSWORD).get("/engine-rest/task").status()).isEqualTo(401);
    }
  }

  private static JsonNode onlyTask(RunningApplication.Rest rest, String instanceId) {
    JsonNode tasks =
        rest.get("/engine-rest/task?processInstanceId=" + instanceId).expect(200).json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  static Map<String, Object> string(String value) {
    return Map.of("value", value, "type", "String");
  }
}
