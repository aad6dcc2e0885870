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

  /** Properties that point the application at the database under test. */
  abstract Map<String, Object> databaseProperties();

  abstract String[] profiles();

  /** The user the REST calls act as; the organisation issue makes the API authenticated. */
  RunningApplication.Rest client(RunningApplication app) {
    return app.rest(null, null);
  }

  void runScenario() {
    String instanceId;
    String deploymentId;
    try (RunningApplication app = RunningApplication.start(databaseProperties(), profiles())) {
      RunningApplication.Rest rest = client(app);

      JsonNode deployments =
          rest.get("/engine-rest/deployment?name=" + ModelDeployer.DEPLOYMENT_NAME).expect(200).json();
      assertThat(deployments).hasSize(1);
      deploymentId = deployments.get(0).get("id").asText();
      JsonNode resources =
          rest.get("/engine-rest/deployment/" + deploymentId + "/resources").expect(200).json();
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

      JsonNode task = onlyTask(rest, instanceId);
      assertThat(task.get("taskDefinitionKey").asText())
          .isEqualTo(GiaoViecProcess.TASK_REPORT_RESULT);
      assertThat(task.get("due").asText()).startsWith("2026-12-15T00:00:00.000+0700");
      assertThat(
              rest.get("/engine-rest/task/" + task.get("id").asText() + "/form-variables")
                  .expect(200)
                  .json()
                  .at("/tieuDe/value")
                  .asText())
          .isEqualTo(TITLE);

      rest.post(
              "/engine-rest/task/" + task.get("id").asText() + "/complete",
              Map.of(
                  "variables",
                  Map.of(GiaoViecProcess.KET_QUA.name(), string("Đã rà soát 12 thủ tục"))))
          .expect(204);
      assertThat(onlyTask(rest, instanceId).get("taskDefinitionKey").asText())
          .isEqualTo(GiaoViecProcess.TASK_CONFIRM_RESULT);
    }

    try (RunningApplication app = RunningApplication.start(databaseProperties(), profiles())) {
      RunningApplication.Rest rest = client(app);

      JsonNode deployments =
          rest.get("/engine-rest/deployment?name=" + ModelDeployer.DEPLOYMENT_NAME).expect(200).json();
      assertThat(deployments).hasSize(1);
      assertThat(deployments.get(0).get("id").asText()).isEqualTo(deploymentId);
      assertThat(app.bean(Flyway.class).info().applied())
          .extracting(migration -> migration.getVersion().getVersion())
          .containsExactly("1");
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

      rest.get("/engine-rest/process-instance/" + instanceId).expect(404);
      JsonNode historic =
          rest.get("/engine-rest/history/process-instance/" + instanceId).expect(200).json();
      assertThat(historic.get("state").asText()).isEqualTo("COMPLETED");
      assertThat(
              rest.get(
                      "/engine-rest/history/activity-instance?processInstanceId="
                          + instanceId
                          + "&activityId="
                          + GiaoViecProcess.END_EVENT)
                  .expect(200)
                  .json())
          .hasSize(1);
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
