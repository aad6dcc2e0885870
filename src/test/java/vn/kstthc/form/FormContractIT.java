package vn.kstthc.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kstthc.assignment.GiaoViecProcess;
import vn.kstthc.assignment.GiaoViecRequests;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Response;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * Officers are held to their forms on the real application (PostgreSQL, demo organisation), through
 * {@code /engine-rest} and through Tasklist's own API, and a refused call changes nothing.
 */
class FormContractIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Bieu-mau-2026";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String START = "/engine-rest/process-definition/key/giao-viec/start";

  static RunningApplication app;
  static Rest office;
  static Rest unit;
  static Rest admin;
  static String due;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_forms"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    app = RunningApplication.start(properties, "postgres");
    office = app.rest("vps.an", PASSWORD);
    unit = app.rest("cds.lan", PASSWORD);
    admin = app.rest("admin", ADMIN_PASSWORD);
    due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(20).toString();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Map<String, Object> startVariables(String unitId, String title) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("tieuDe", Map.of("value", title));
    variables.put("noiDung", Map.of("value", "Nội dung"));
    variables.put("donViChuTri", Map.of("value", unitId));
    variables.put("hanHoanThanh", Map.of("value", due));
    return variables;
  }

  static long instances() {
    return admin.get("/engine-rest/history/process-instance/count?processDefinitionKey=giao-viec").expect(200)
        .json().get("count").asLong();
  }

  /** Starting with a change to the valid variables: refused with 400, nothing created. */
  static JsonNode refusedStart(String name, Object value) {
    Map<String, Object> variables = startVariables("phong-bcvt-cds", "Nhiệm vụ bị từ chối");
    if (value == null) {
      variables.remove(name);
    } else {
      variables.put(name, Map.of("value", value));
    }
    long before = instances();
    Response response = office.post(START, Map.of("variables", variables));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(instances()).isEqualTo(before);
    return response.json();
  }

  @Test
  void startsOutsideTheFormAreRefusedInVietnameseAndCreateNothing() {
    assertThat(refusedStart("nguoiGiao", "ct.phuc").get("message").asText())
        .isEqualTo("Biểu mẫu không có trường 'nguoiGiao': không được gửi giá trị này.");
    assertThat(refusedStart("donViChuTri", "").get("message").asText())
        .isEqualTo("Trường 'Đơn vị chủ trì' là bắt buộc.");
    assertThat(refusedStart("donViChuTri", "phong-khong-co").get("fieldErrors").get(0).get("message").asText())
        .isEqualTo("Trường 'Đơn vị chủ trì' phải là một đơn vị trong danh sách.");
    refusedStart("donViChuTri", "lanh-dao-so");
    refusedStart("donViChuTri", "phong-bcvt-cds,phong-tc-dl-cl");
    refusedStart("tieuDe", null);
    refusedStart("tieuDe", "x".repeat(300));
    assertThat(refusedStart("tieuDe", "x".repeat(1_000_000)).get("message").asText()).contains("tối đa");
    refusedStart("hanHoanThanh", "2020-01-01");
    assertThat(refusedStart("hanHoanThanh", "31/12/2026").get("message").asText())
        .isEqualTo("Trường 'Hạn hoàn thành' phải là một ngày hợp lệ (ngày/tháng/năm).");
  }

  @Test
  void nfdTextIsStoredAsNfc() {
    String nfd = Normalizer.normalize("Rà soát thủ tục hành chính", Normalizer.Form.NFD);
    String instance = office.post(START, Map.of("variables", startVariables("phong-bcvt-cds", nfd)))
        .expect(200).json().get("id").asText();
    String stored = admin.get("/engine-rest/process-instance/" + instance + "/variables/tieuDe").expect(200)
        .json().get("value").asText();
    assertThat(stored).isEqualTo("Rà soát thủ tục hành chính");
  }

  @Test
  void aTaskSubmissionCannotOverwriteWhatTheFormDoesNotDeclare() {
    String instance = GiaoViecRequests.start(office, "phong-bcvt-cds", "Nhiệm vụ để thử", "Nội dung", due);
    String task = unit.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("ketQua", Map.of("value", "Đã xong"));
    variables.put("donViChuTri", Map.of("value", "phong-tc-dl-cl"));
    variables.put("hanHoanThanh", Map.of("value", "2030-12-31"));
    for (String call : new String[] {"submit-form", "complete"}) {
      Response response = unit.post("/engine-rest/task/" + task + "/" + call, Map.of("variables", variables));
      assertThat(response.status()).as(call + ": " + response.body()).isEqualTo(400);
      assertThat(response.json().get("fieldErrors")).hasSize(2);
    }
    assertThat(unit.post("/engine-rest/task/" + task + "/bpmnError",
        Map.of("errorCode", "x", "variables", Map.of("donViChuTri", Map.of("value", "phong-tc-dl-cl")))).status())
        .isEqualTo(400);
    assertThat(admin.get("/engine-rest/task/" + task).status()).as("still open").isEqualTo(200);
    assertThat(admin.get("/engine-rest/process-instance/" + instance + "/variables/donViChuTri").json()
        .get("value").asText()).isEqualTo("phong-bcvt-cds");

    unit.post("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", Map.of("ketQua", Map.of("value", "Đã xong"), "tieuDe", Map.of("value", "Nhiệm vụ để thử"))))
        .expect(204);
  }

  @Test
  void anOfficerWhoMayNotWorkTheTaskHasNoDataTaken() {
    String instance = GiaoViecRequests.start(office, "phong-bcvt-cds", "Nhiệm vụ của đơn vị khác", "Nội dung", due);
    String task = unit.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
    Response response = office.post("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", Map.of("ketQua", Map.of("value", "Đã xong"))));
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    assertThat(response.json().get("message").asText())
        .isEqualTo("Không tìm thấy công việc hoặc quy trình, hoặc bạn không có quyền xử lý: dữ liệu không được nhận.");
    assertThat(admin.get("/engine-rest/task/" + task).status()).as("still open").isEqualTo(200);
  }

  /**
   * Whose submission is checked against the form is whom the engine lets complete the task: the
   * assignee and the unit's other officers (candidates) get their field errors; an officer of
   * another unit learns nothing about the form (one refusal without field names) and the engine
   * refuses the completion itself; administrators are not limited.
   */
  @Test
  void whoseSubmissionIsCheckedIsWhomTheEngineLetsWorkTheTask() {
    String instance = GiaoViecRequests.start(office, "phong-bcvt-cds", "Nhiệm vụ để thử quyền", "Nội dung", due);
    String task = unit.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
    String submit = "/engine-rest/task/" + task + "/submit-form";
    Map<String, Object> outside = Map.of("variables", Map.of("hanHoanThanh", Map.of("value", "2030-12-31")));

    Response candidate = app.rest("cds.hung", PASSWORD).post(submit, outside);
    assertThat(candidate.status()).as(candidate.body()).isEqualTo(400);
    assertThat(candidate.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("hanHoanThanh");

    unit.post("/engine-rest/task/" + task + "/claim", Map.of("userId", "cds.lan")).expect(204);
    Response assignee = unit.post(submit, outside);
    assertThat(assignee.status()).as(assignee.body()).isEqualTo(400);
    assertThat(assignee.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("hanHoanThanh");

    Rest otherUnit = app.rest("tdc.minh", PASSWORD);
    Response refused = otherUnit.post(submit, outside);
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().get("fieldErrors")).hasSize(1);
    assertThat(refused.json().get("fieldErrors").get(0).get("field").asText()).isEqualTo("variables");
    assertThat(refused.body()).doesNotContain("hanHoanThanh").doesNotContain("Hạn hoàn thành");
    assertThat(otherUnit.post(submit, Map.of()).status()).as("the engine's own refusal").isEqualTo(403);
    Response unknown = otherUnit.post("/engine-rest/task/khong-co/submit-form", Map.of());
    assertThat(unknown.body()).as("the engine's own answer").contains("Cannot find task with id khong-co");
    assertThat(admin.get("/engine-rest/task/" + task).status()).as("still open").isEqualTo(200);

    admin.post(submit, outside).expect(204);
    assertThat(admin.get("/engine-rest/process-instance/" + instance + "/variables/hanHoanThanh").json()
        .get("value").asText()).isEqualTo("2030-12-31");
  }

  @Test
  void tasklistsOwnApiIsHeldToTheSameForm() throws Exception {
    String instance = GiaoViecRequests.start(office, "phong-bcvt-cds", "Nhiệm vụ qua Tasklist", "Nội dung", due);
    String task = unit.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json().get(0).get("id").asText();
    WebappSession tasklist = WebappSession.login(app.baseUrl(), "cds.lan", PASSWORD);
    String path = "/camunda/api/engine/engine/default/task/" + task + "/submit-form";
    HttpResponse<String> refused = tasklist.post(path, Map.of("variables", Map.of(
        "ketQua", Map.of("value", "Xong"), "hanHoanThanh", Map.of("value", "2030-12-31"))));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(JSON.readTree(refused.body()).get("message").asText())
        .isEqualTo("Biểu mẫu không có trường 'hanHoanThanh': không được gửi giá trị này.");
    HttpResponse<String> accepted = tasklist.post(path, Map.of("variables", Map.of("ketQua", Map.of("value", "Xong"))));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
  }

  @Test
  void theStartFormOffersTheUnitsOfItsRoleFromTheOrganisation() {
    JsonNode form = office.get("/engine-rest/process-definition/key/giao-viec/deployed-start-form").expect(200).json();
    JsonNode unitField = null;
    for (JsonNode component : form.get("components")) {
      if ("donViChuTri".equals(component.path("key").asText())) {
        unitField = component;
      }
    }
    assertThat(unitField).isNotNull();
    assertThat(unitField.get("values").toString())
        .contains("{\"label\":\"Thanh tra Sở\",\"value\":\"thanh-tra-so\"}")
        .contains("\"phong-bcvt-cds\"")
        .doesNotContain("lanh-dao-so")
        .doesNotContain("giam-sat");
    // ... and the server accepts a unit it offers that no form file lists.
    office.post(START, Map.of("variables", startVariables("thanh-tra-so", "Nhiệm vụ của Thanh tra"))).expect(200);
  }

  @Test
  void pathsWrittenAnotherWayAreNotAWayAround() {
    Map<String, Object> variables = startVariables("phong-bcvt-cds", "Nhiệm vụ đường vòng");
    variables.put("nguoiGiao", Map.of("value", "ct.phuc"));
    long before = instances();
    for (String path : new String[] {
        START + "/",
        START + ";a=b",
        "/engine-rest/process-definition/key/giao-viec;x=1/start",
        "/engine-rest/process-definition/key/giao%2Dviec/start",
        "/engine-rest/engine/default/process-definition/key/giao-viec/start"}) {
      Response response = office.post(path, Map.of("variables", variables));
      assertThat(response.status()).as(path + ": " + response.body()).isIn(400, 404);
    }
    assertThat(instances()).isEqualTo(before);
    // A task the officer cannot see, or that does not exist: no data gets through unchecked.
    assertThat(unit.post("/engine-rest/task/khong-co/complete",
        Map.of("variables", Map.of("nguoiGiao", Map.of("value", "x")))).status()).isEqualTo(400);
  }

  @Test
  void onTasklistsApiCamundasOwnChecksComeFirst() throws Exception {
    WebappSession tasklist = WebappSession.login(app.baseUrl(), "cds.lan", PASSWORD);
    WebappSession forged = new WebappSession(tasklist.http(), tasklist.baseUrl(), "not-the-token");
    HttpResponse<String> response = forged.post("/camunda/api/engine/engine/default/task/khong-co/submit-form",
        Map.of("variables", Map.of("nguoiGiao", Map.of("value", "x"))));
    assertThat(response.statusCode()).as("CSRF refused before any form check: " + response.body()).isEqualTo(403);
  }

  @Test
  void administratorsAreNotLimited() {
    GiaoViecRequests.start(admin, "phong-bcvt-cds", "Nhiệm vụ của quản trị", "Nội dung", due,
        Map.of(GiaoViecProcess.NGUOI_GIAO.name(), "vps.an", "maSoHoSo", "GV-0001"));
  }

  /** A browser's session with the webapps: login, CSRF token, cookies. */
  record WebappSession(HttpClient http, String baseUrl, String csrfToken) {
    static WebappSession login(String baseUrl, String user, String password) throws IOException, InterruptedException {
      HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
      String token = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).build(),
          HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElseThrow();
      String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> login = http.send(
          HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/tasklist"))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .header("X-XSRF-TOKEN", token)
              .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
      String fresh = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/")).build(),
          HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN").orElse(token);
      return new WebappSession(http, baseUrl, fresh);
    }

    HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .header("X-XSRF-TOKEN", csrfToken)
              .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
  }
}
