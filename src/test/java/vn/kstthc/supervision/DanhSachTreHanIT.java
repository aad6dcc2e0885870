package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * danh-sach-tre-han on PostgreSQL, through its forms as the demo officers submit them (REST
 * submit-form: the server keeps only the fields each form declares). The Văn phòng starts it for a
 * past month, Phòng QLKH explains, Phòng TĐC never answers (its deadline's timer is fired by
 * executing its job), the Văn phòng reads the rates with the 95% flag and publishes.
 */
class DanhSachTreHanIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Quy-trinh-2026";
  static final String QLKH = "phong-quan-ly-khoa-hoc";
  static final String TDC = "phong-tc-dl-cl";
  static final ObjectMapper JSON = new ObjectMapper();
  /** The read-only columns of the explanation form: Tasklist sends back the form's columns only. */
  static final List<String> FORM_COLUMNS =
      List.of("id", "hoSo", "quyTrinh", "buoc", "canBo", "hanXuLy", "hoanThanh", "soNgayTre");

  static RunningApplication app;
  static Rest admin;
  static JdbcTemplate jdbc;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_tre_han"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    // the test fires the jobs itself
    properties.put("camunda.bpm.job-execution.enabled", "false");
    properties.put("kstthc.deadlines.scan-enabled", "false");
    properties.put("KSTTHC_LATE_LIST_PUBLIC_PAGE", "true");
    app = RunningApplication.start(properties, "postgres");
    admin = app.rest("admin", ADMIN_PASSWORD);
    jdbc = app.bean(JdbcTemplate.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Timestamp at(String local) {
    return Timestamp.from(ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  /** An on-time record of a step of giao-viec, as the deadline listener writes it. */
  static void step(String id, String unit, String officer, String finished, String due, String status, int late) {
    jdbc.update("insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key,"
            + " business_key, activity_id, activity_name, unit_id, officer_id, started_at, due_at, due_kind,"
            + " finished_at, status, working_days_late) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        id, "TASK", "hs-" + id, "giao-viec", "GV-" + id, "UserTask_BaoCao", "Báo cáo kết quả", unit, officer,
        at(due.substring(0, 10) + "T07:30"), at(due), "DAYS", at(finished), status, late);
  }

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }

  static String taskOf(Rest officer, String instance) {
    JsonNode tasks = officer.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json();
    assertThat(tasks).as("one task for this officer").hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** A unit's explanation task: in the unit's own case, called by the list. */
  static String unitTask(Rest officer, String instance) {
    List<String> cases = new ArrayList<>();
    admin.get("/engine-rest/process-instance?superProcessInstance=" + instance).expect(200).json()
        .forEach(c -> cases.add(c.get("id").asText()));
    JsonNode tasks = officer.get("/engine-rest/task?processInstanceIdIn=" + String.join(",", cases)).expect(200).json();
    assertThat(tasks).as("one task for this officer").hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  static JsonNode formVariable(Rest officer, String task, String name) throws Exception {
    JsonNode variables = officer.get("/engine-rest/task/" + task + "/form-variables?deserializeValues=false")
        .expect(200).json();
    return JSON.readTree(variables.get(name).get("value").asText());
  }

  @Test
  void officersExplainPublishAndAUnitThatNeverAnswersIsPublishedWithoutExplanation() throws Exception {
    // September 2025: QLKH 19 steps on time and 1 late (95.0%), TĐC 17 on time and 1 late (94.4%)
    for (int i = 0; i < 19; i++) {
      step("q" + i, QLKH, "qlkh.giang", "2025-09-10T09:00", "2025-09-10T17:30", "DUNG_HAN", 0);
    }
    step("q-tre", QLKH, "qlkh.giang", "2025-09-15T09:00", "2025-09-11T17:30", "TRE_HAN", 2);
    for (int i = 0; i < 17; i++) {
      step("t" + i, TDC, "tdc.minh", "2025-09-10T09:00", "2025-09-12T17:30", "SOM_HAN", 0);
    }
    step("t-tre", TDC, "tdc.minh", "2025-09-22T09:00", "2025-09-17T17:30", "TRE_HAN", 3);

    Rest office = app.rest("vps.an", PASSWORD);
    String instance = office.post("/engine-rest/process-definition/key/" + DanhSachTreHanProcess.KEY + "/submit-form",
        Map.of("variables", Map.of("thang", value("2025-09")))).expect(200).json().get("id").asText();

    // Phòng QLKH explains its late step through the form, as Tasklist sends it back
    Rest qlkh = app.rest("qlkh.giang", PASSWORD);
    String qlkhTask = unitTask(qlkh, instance);
    ArrayNode cases = (ArrayNode) formVariable(qlkh, qlkhTask, DanhSachTreHanProcess.TRUONG_HOP);
    assertThat(cases).extracting(row -> row.path("hoSo").asText() + " " + row.path("soNgayTre").asInt())
        .containsExactly("GV-q-tre 2");
    assertThat(formVariable(qlkh, qlkhTask, DanhSachTreHanProcess.NGUYEN_NHAN_OPTIONS))
        .extracting(option -> option.path("value").asText()).contains("qua-tai");
    ArrayNode answered = JSON.createArrayNode();
    for (JsonNode row : cases) {
      ObjectNode sent = answered.addObject();
      FORM_COLUMNS.forEach(column -> sent.set(column, row.get(column)));
      sent.put("nguyenNhan", "qua-tai").put("giaiTrinh", "Tháng 9 có 40 hồ sơ, hai công chức nghỉ ốm.");
    }
    qlkh.post("/engine-rest/task/" + qlkhTask + "/submit-form",
        Map.of("variables", Map.of(DanhSachTreHanProcess.TRUONG_HOP, json(answered.toString())))).expect(204);

    // Phòng TĐC never answers: its deadline passes (the timer's job, executed)
    Rest tdc = app.rest("tdc.minh", PASSWORD);
    unitTask(tdc, instance);
    JsonNode timers = admin.get("/engine-rest/job?timers=true&processInstanceId=" + instance).expect(200).json();
    assertThat(timers).hasSize(1);
    admin.post("/engine-rest/job/" + timers.get(0).get("id").asText() + "/execute", Map.of()).expect(204);
    assertThat(admin.get("/engine-rest/process-instance?superProcessInstance=" + instance).expect(200).json())
        .as("the units' explanation cases end").isEmpty();

    // the Văn phòng reads the rates with the 95% flag at its boundary, and publishes
    String publish = taskOf(office, instance);
    JsonNode rates = formVariable(office, publish, DanhSachTreHanProcess.TONG_HOP);
    assertThat(rates).extracting(rate -> rate.path("tenDonVi").asText() + " " + rate.path("soViec").asInt() + " "
            + rate.path("soTreHan").asInt() + " " + rate.path("tyLeDungHan").asDouble() + " " + rate.path("duoi95").asText())
        .containsExactly("Phòng Quản lý khoa học 20 1 95.0 ",
            "Phòng Tiêu chuẩn Đo lường Chất lượng 18 1 94.4 Dưới 95%");
    office.post("/engine-rest/task/" + publish + "/submit-form",
        Map.of("variables", Map.of("daKiemTra", value(true)))).expect(204);
    exportJob(instance);
    assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).as("ended").isEqualTo(404);

    String file = admin.get("/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=" + DanhSachTreHanProcess.TEP_DANH_SACH).expect(200).json().get(0).get("id").asText();
    List<List<String>> sheet = DanhSachTreHanProcessTest.rows(download("/engine-rest/history/variable-instance/" + file + "/data"));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("GV-q-tre", "Phòng Quản lý khoa học", "Võ Thị Giang",
        "Số lượng hồ sơ tăng đột biến, thiếu công chức xử lý", "Tháng 9 có 40 hồ sơ, hai công chức nghỉ ốm."));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("GV-t-tre", "Phòng Tiêu chuẩn Đo lường Chất lượng",
        DanhSachTreHanProcess.KHONG_CO_GIAI_TRINH));
    assertThat(sheet).anySatisfy(row -> assertThat(row)
        .containsExactly("2.0", "Phòng Tiêu chuẩn Đo lường Chất lượng", "18.0", "1.0", "94.4", "Dưới 95%"));
  }

  @Test
  void thePublicPageShowsOfficersNamesAndUnitsAndNoOtherData() throws Exception {
    step("p-tre", QLKH, "qlkh.giang", "2025-06-16T09:00", "2025-06-11T17:30", "TRE_HAN", 3);
    Rest office = app.rest("vps.an", PASSWORD);
    String instance = office.post("/engine-rest/process-definition/key/" + DanhSachTreHanProcess.KEY + "/submit-form",
        Map.of("variables", Map.of("thang", value("2025-06")))).expect(200).json().get("id").asText();
    Rest qlkh = app.rest("qlkh.giang", PASSWORD);
    String task = unitTask(qlkh, instance);
    ArrayNode answered = JSON.createArrayNode();
    for (JsonNode row : formVariable(qlkh, task, DanhSachTreHanProcess.TRUONG_HOP)) {
      ObjectNode sent = answered.addObject();
      FORM_COLUMNS.forEach(column -> sent.set(column, row.get(column)));
      sent.put("nguyenNhan", "cho-phoi-hop").put("giaiTrinh", "Chờ ông Nguyễn Văn Bình, 0905123456, bổ sung hồ sơ.");
    }
    qlkh.post("/engine-rest/task/" + task + "/submit-form",
        Map.of("variables", Map.of(DanhSachTreHanProcess.TRUONG_HOP, json(answered.toString())))).expect(204);
    office.post("/engine-rest/task/" + taskOf(office, instance) + "/submit-form",
        Map.of("variables", Map.of("daKiemTra", value(true)))).expect(204);
    exportJob(instance);

    Rest anonymous = app.rest(null, null);
    JsonNode lists = anonymous.get("/public/danh-sach-tre-han.json").expect(200).json();
    JsonNode june = null;
    for (JsonNode list : lists) {
      if ("2025-06".equals(list.path("thang").asText())) {
        june = list;
      }
    }
    assertThat(june).isNotNull();
    assertThat(june.path("tieuDe").asText()).isEqualTo("Danh sách trễ hạn tháng 6/2025");
    JsonNode row = june.path("truongHop").get(0);
    assertThat(row.path("tenDonVi").asText()).isEqualTo("Phòng Quản lý khoa học");
    assertThat(row.path("tenCanBo").asText()).isEqualTo("Võ Thị Giang");
    assertThat(row.path("nguyenNhan").asText()).isEqualTo("Chờ ý kiến, kết quả phối hợp của cơ quan, đơn vị khác");
    List<String> fields = new ArrayList<>();
    row.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).as("nothing but the published columns").containsExactly("tenDonVi", "tenCanBo", "loai",
        "quyTrinh", "buoc", "hanXuLy", "hoanThanh", "soNgayTre", "nguyenNhan");
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app.baseUrl() + "/public/danh-sach-tre-han")).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Danh sách trễ hạn tháng 6/2025", "Võ Thị Giang", "Phòng Quản lý khoa học");
    for (String shown : List.of(lists.toString(), page.body())) {
      // no user id, e-mail, case number or explanation's text (it may name a citizen)
      assertThat(shown).doesNotContain("qlkh.giang", "@kstthc.example", "GV-p-tre", "hs-p-tre", "p-tre",
          "Nguyễn Văn Bình", "0905123456");
    }
  }

  /**
   * Unit isolation (a unit sees its own, supervisors all): an officer of Phòng TĐC, candidate of its
   * explanation task, tries every read of variables the engine's REST offers, on its task, the
   * list's case and the units' explanation cases, their executions and their history, with the ids
   * an administrator sees, before and after Phòng QLKH answers; none shows a row of Phòng QLKH (its
   * case, its officer) or the draft rates naming QLKH. The Văn phòng's publication task holds the
   * whole list.
   */
  @Test
  void anOfficerOfAnotherUnitReadsNoRowOfAUnitThroughTheEngineRest() throws Exception {
    step("iso-a", QLKH, "qlkh.giang", "2025-03-17T09:00", "2025-03-12T17:30", "TRE_HAN", 3);
    step("iso-b", TDC, "tdc.minh", "2025-03-18T09:00", "2025-03-13T17:30", "TRE_HAN", 3);
    Rest office = app.rest("vps.an", PASSWORD);
    String instance = office.post("/engine-rest/process-definition/key/" + DanhSachTreHanProcess.KEY + "/submit-form",
        Map.of("variables", Map.of("thang", value("2025-03")))).expect(200).json().get("id").asText();
    Rest tdc = app.rest("tdc.minh", PASSWORD);
    String task = unitTask(tdc, instance);
    assertThat(formVariable(tdc, task, DanhSachTreHanProcess.TRUONG_HOP))
        .extracting(row -> row.path("hoSo").asText()).as("its own row").containsExactly("GV-iso-b");
    assertThat(exposing(tdc, instance, task)).as("reads that show Phòng TĐC's officer a row of Phòng QLKH").isEmpty();

    // Phòng QLKH answers: what it sent is kept too
    Rest qlkh = app.rest("qlkh.giang", PASSWORD);
    String qlkhTask = unitTask(qlkh, instance);
    ArrayNode answered = JSON.createArrayNode();
    for (JsonNode row : formVariable(qlkh, qlkhTask, DanhSachTreHanProcess.TRUONG_HOP)) {
      ObjectNode sent = answered.addObject();
      FORM_COLUMNS.forEach(column -> sent.set(column, row.get(column)));
      sent.put("nguyenNhan", "qua-tai").put("giaiTrinh", "Giải trình riêng của Phòng QLKH.");
    }
    qlkh.post("/engine-rest/task/" + qlkhTask + "/submit-form",
        Map.of("variables", Map.of(DanhSachTreHanProcess.TRUONG_HOP, json(answered.toString())))).expect(204);
    assertThat(exposing(tdc, instance, task)).as("reads that show Phòng TĐC's officer a row of Phòng QLKH").isEmpty();

    tdc.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(DanhSachTreHanProcess.TRUONG_HOP,
        json("[{\"nguyenNhan\":\"qua-tai\",\"giaiTrinh\":\"Giải trình của Phòng TĐC.\"}]")))).expect(204);
    // the list as assembled is evidence: PostgreSQL refuses to change it
    assertThatThrownBy(() -> jdbc.update("update kstthc_late_list_case set working_days_late = 0 where list_id = ?",
        instance)).hasMessageContaining("không được sửa hay xóa");
    assertThatThrownBy(() -> jdbc.update("delete from kstthc_late_list_rate where list_id = ?", instance))
        .hasMessageContaining("không được sửa hay xóa");
    String publish = taskOf(office, instance);
    assertThat(formVariable(office, publish, DanhSachTreHanProcess.TRE_HAN))
        .extracting(row -> row.path("hoSo").asText() + " " + row.path("nguyenNhan").asText())
        .as("the Văn phòng's task: the whole list, with the causes given")
        .containsExactly("GV-iso-a Số lượng hồ sơ tăng đột biến, thiếu công chức xử lý",
            "GV-iso-b Số lượng hồ sơ tăng đột biến, thiếu công chức xử lý");
  }

  /** The reads of variables by which an officer sees Phòng QLKH's row "GV-iso-a" or the rates naming it. */
  static List<String> exposing(Rest officer, String instance, String task) {
    List<String> cases = new ArrayList<>(List.of(instance));
    admin.get("/engine-rest/history/process-instance?superProcessInstanceId=" + instance).expect(200).json()
        .forEach(c -> cases.add(c.get("id").asText()));
    List<String> reads = new ArrayList<>(List.of(
        "/engine-rest/task/" + task + "/variables?deserializeValues=false",
        "/engine-rest/task/" + task + "/form-variables?deserializeValues=false",
        "/engine-rest/task/" + task + "/localVariables?deserializeValues=false",
        "/engine-rest/variable-instance?deserializeValues=false",
        "/engine-rest/history/variable-instance?deserializeValues=false",
        "/engine-rest/history/detail?deserializeValues=false"));
    for (String other : cases) {
      reads.add("/engine-rest/variable-instance?processInstanceIdIn=" + other + "&deserializeValues=false");
      reads.add("/engine-rest/process-instance/" + other + "/variables?deserializeValues=false");
      reads.add("/engine-rest/history/variable-instance?processInstanceId=" + other + "&deserializeValues=false");
      reads.add("/engine-rest/history/detail?processInstanceId=" + other + "&deserializeValues=false");
    }
    for (JsonNode variable : admin.get("/engine-rest/history/variable-instance?processInstanceIdIn="
        + String.join(",", cases) + "&deserializeValues=false").expect(200).json()) {
      String id = variable.path("id").asText();
      String name = variable.path("name").asText();
      reads.add("/engine-rest/variable-instance/" + id + "?deserializeValue=false");
      reads.add("/engine-rest/history/variable-instance/" + id + "?deserializeValue=false");
      reads.add("/engine-rest/execution/" + variable.path("executionId").asText() + "/localVariables?deserializeValues=false");
      reads.add("/engine-rest/task/" + task + "/variables/" + name + "?deserializeValue=false");
      reads.add("/engine-rest/task/" + task + "/form-variables?variableNames=" + name + "&deserializeValues=false");
      reads.add("/engine-rest/process-instance/" + variable.path("processInstanceId").asText() + "/variables/" + name
          + "?deserializeValue=false");
    }
    List<String> exposing = new ArrayList<>();
    for (String read : reads) {
      String body = officer.get(read).body();
      if (List.of("GV-iso-a", "qlkh.giang", "Phòng Quản lý khoa học").stream().anyMatch(body::contains)) {
        exposing.add(read);
      }
    }
    return exposing;
  }

  /** Runs the export, an asynchronous step (any other job of the same case is left alone). */
  static void exportJob(String instance) {
    JsonNode export = admin.get("/engine-rest/job?processInstanceId=" + instance + "&activityId="
        + DanhSachTreHanProcess.TASK_EXPORT).expect(200).json();
    assertThat(export).hasSize(1);
    admin.post("/engine-rest/job/" + export.get(0).get("id").asText() + "/execute", Map.of()).expect(204);
  }

  static byte[] download(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).GET()
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }
}
