package vn.kstthc.internalprocess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Response;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * phe-duyet-quy-trinh-noi-bo on PostgreSQL, through its forms as the demo officers submit them
 * (REST submit-form: the server accepts only the fields each form declares), on the demo catalogue.
 */
class PheDuyetQuyTrinhNoiBoIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Quy-trinh-2026";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
  /** Demo catalogue: Phòng Quản lý khoa học, 5 working days (40 office hours). */
  static final String TTHC = "1.003652";

  static final ObjectMapper JSON = new ObjectMapper();

  static RunningApplication app;
  static Rest admin;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_quy_trinh"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    properties.put("KSTTHC_ADMIN_PASSWORD", ADMIN_PASSWORD);
    app = RunningApplication.start(properties, "postgres");
    admin = app.rest("admin", ADMIN_PASSWORD);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  static Map<String, Object> json(String value) {
    return Map.of("value", value, "type", "Json");
  }

  static String rows(String hoursOfStep2) {
    return "[{\"maTthc\":\"" + TTHC + "\",\"thuTu\":1,\"congViec\":\"Tiếp nhận, chuyển hồ sơ\",\"donViThucHien\":"
        + "\"ngoai:trung-tam-phuc-vu-hanh-chinh-cong\",\"vaiTro\":\"chu-tri\",\"soGio\":4,\"ketQua\":\"Phiếu tiếp nhận\"},"
        + "{\"maTthc\":\"" + TTHC + "\",\"thuTu\":2,\"congViec\":\"Thẩm định, trình ký\",\"donViThucHien\":"
        + "\"phong-quan-ly-khoa-hoc\",\"vaiTro\":\"chu-tri\",\"soGio\":" + hoursOfStep2 + ",\"ketQua\":\"Giấy chứng nhận\"}]";
  }

  static String startAsOffice(boolean communes, LocalDate decisionDate) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("tieuDe", value("Quy trình nội bộ theo Quyết định 77/QĐ-UBND"));
    variables.put("lyDoXayDung", value("cong-bo"));
    variables.put("soQuyetDinhCongBo", value("77/QĐ-UBND"));
    variables.put("ngayQuyetDinhCongBo", value(decisionDate.toString()));
    variables.put("maTthc", value(TTHC));
    variables.put("donViSoanThao", json("[\"phong-quan-ly-khoa-hoc\"]"));
    variables.put("layYKienCapXa", value(communes));
    return app.rest("vps.an", PASSWORD)
        .post("/engine-rest/process-definition/key/" + PheDuyetQuyTrinhNoiBoProcess.KEY + "/submit-form",
            Map.of("variables", variables))
        .expect(200).json().get("id").asText();
  }

  static String taskOf(Rest officer, String instance) {
    JsonNode tasks = officer.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json();
    assertThat(tasks).as("one task for this officer").hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  static Response submit(String user, String instance, Map<String, Object> variables) {
    Rest officer = app.rest(user, PASSWORD);
    return officer.post("/engine-rest/task/" + taskOf(officer, instance) + "/submit-form", Map.of("variables", variables));
  }

  static Instant dossierDeadline(String instance) {
    String text = admin.get("/engine-rest/process-instance/" + instance + "/variables/hanXuLyHoSo").expect(200)
        .json().get("value").asText();
    return Instant.from(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").parse(text));
  }

  static Instant endOfWorkingDay(LocalDate from, int workingDays) {
    return app.bean(WorkingDayCalendar.class).addWorkingDays(from, workingDays).atTime(17, 30).atZone(VN).toInstant();
  }

  @Test
  void officersDraftConsultCheckAndApproveThroughTheForms() throws Exception {
    LocalDate decided = LocalDate.now(VN);
    String instance = startAsOffice(true, decided);
    assertThat(dossierDeadline(instance)).isEqualTo(endOfWorkingDay(decided, 15));

    // refused by the form contract, as a field: Tasklist shows the Vietnamese message alone
    Response refused = submit("qlkh.giang", instance, Map.of("buocXuLy", json(rows("40"))));
    String tooLong = "Tổng thời gian các bước của thủ tục 1.003652 là 44 giờ làm việc, vượt thời hạn giải quyết theo quy"
        + " định 40 giờ làm việc (5 ngày làm việc).";
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json()).isEqualTo(JSON.readTree("{\"type\":\"FormFieldValidationException\",\"message\":\""
        + tooLong + "\",\"fieldErrors\":[{\"field\":\"buocXuLy\",\"label\":\"Các bước của quy trình nội bộ\","
        + "\"message\":\"" + tooLong + "\"}]}"));
    submit("qlkh.giang", instance, Map.of("buocXuLy", json(rows("32")))).expect(204);

    submit("xa.quang", instance, Map.of("yKienCapXa", value("Thống nhất"))).expect(204);
    submit("qlkh.giang", instance, Map.of("buocXuLy", json(rows("32")))).expect(204); // completed with the commune's opinion
    submit("vps.an", instance, Map.of("ketLuan", value("tra-lai"), "lyDoTraLai", value("Bổ sung kết quả bước 1")))
        .expect(204);
    Rest unit = app.rest("qlkh.giang", PASSWORD);
    JsonNode form = unit.get("/engine-rest/task/" + taskOf(unit, instance) + "/form-variables?deserializeValues=false")
        .expect(200).json();
    assertThat(form.get("lyDoTraLai").get("value").asText()).isEqualTo("Bổ sung kết quả bước 1");
    assertThat(form.get("noiTraLai").get("value").asText()).isEqualTo("Văn phòng Sở");
    assertThat(form.get("yKienCacXa").get("value").asText()).isEqualTo("UBND xã Đăk Kôi: Thống nhất");
    // as Tasklist reads it (serialized): the unit finds its rows again
    assertThat(StepRows.parse(form.get("buocXuLy").get("value").asText())).isEqualTo(StepRows.parse(rows("32")));
    submit("qlkh.giang", instance, Map.of("buocXuLy", json(rows("32")))).expect(204);

    // Tasklist sends the read-only table back: accepted unchanged, refused when changed
    Rest office = app.rest("vps.an", PASSWORD);
    String table = office.get("/engine-rest/task/" + taskOf(office, instance) + "/form-variables?deserializeValues=false")
        .expect(200).json().get("buocXuLyTongHop").get("value").asText();
    Response changed = submit("vps.an", instance,
        Map.of("ketLuan", value("dat"), "buocXuLyTongHop", json(table.replace("\"soGio\":32", "\"soGio\":8"))));
    assertThat(changed.status()).as(changed.body()).isEqualTo(400);
    submit("vps.an", instance, Map.of("ketLuan", value("dat"), "buocXuLyTongHop", json(table))).expect(204);
    submit("ld.cuong", instance, Map.of("ketLuan", value("dat"))).expect(204);
    submit("vpubnd.nga", instance, Map.of("ketLuan", value("dat"))).expect(204);
    submit("ct.phuc", instance, Map.of("ketLuan", value("dat"), "soQuyetDinhPheDuyet", value("88/QĐ-UBND"),
        "ngayPheDuyet", value(decided.toString()))).expect(204);

    assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).as("ended").isEqualTo(404);
    InternalProcess approved = app.bean(InternalProcessService.class).current(TTHC).orElseThrow();
    assertThat(approved.version()).isEqualTo(1);
    assertThat(approved.approvalNumber()).isEqualTo("88/QĐ-UBND");
    assertThat(approved.publicationDecision()).isEqualTo("77/QĐ-UBND");
    assertThat(approved.processInstanceId()).isEqualTo(instance);
    assertThat(approved.steps()).extracting(Step::performer)
        .isEqualTo(List.of("ngoai:trung-tam-phuc-vu-hanh-chinh-cong", "phong-quan-ly-khoa-hoc"));

    // the follow-up: Phòng BCVT&CĐS configures the electronic process within 5 working days of the approval
    String followUp = admin.get("/engine-rest/process-instance?processDefinitionKey=" + CapNhatQuyTrinhDienTuProcess.KEY)
        .expect(200).json().get(0).get("id").asText();
    assertThat(dossierDeadline(followUp)).isEqualTo(endOfWorkingDay(decided, 5));
    submit("cds.lan", followUp, Map.of("ketQuaCapNhat", value("Đã cấu hình quy trình điện tử trên hệ thống của tỉnh"),
        "ngayCapNhat", value(decided.toString()))).expect(204);
    assertThat(admin.get("/engine-rest/process-instance/" + followUp).status()).as("ended").isEqualTo(404);

    // the approved version as BPMN for Camunda Modeler, with the form of its tasks
    HttpResponse<String> bpmn = download("qlkh.giang", "/api/quy-trinh-noi-bo/" + TTHC + "/bpmn");
    assertThat(bpmn.statusCode()).as(bpmn.body()).isEqualTo(200);
    assertThat(bpmn.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");
    assertThat(bpmn.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"quy-trinh-noi-bo-1-003652.bpmn\"");
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getName)
        .containsExactly("Bước 1: Theo dõi, xác nhận: Tiếp nhận, chuyển hồ sơ", "Bước 2: Thẩm định, trình ký");
    HttpResponse<String> stepForm = download("qlkh.giang", "/api/quy-trinh-noi-bo/bieu-mau-buoc.form");
    assertThat(stepForm.statusCode()).isEqualTo(200);
    assertThat(stepForm.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"quy-trinh-noi-bo-buoc.form\"");
    assertThat(JSON.readTree(stepForm.body()).get("id").asText()).isEqualTo(InternalProcessBpmn.FORM);
    assertThat(download(null, "/api/quy-trinh-noi-bo/" + TTHC + "/bpmn").statusCode()).as("officers only").isEqualTo(401);
    HttpResponse<String> none = download("qlkh.giang", "/api/quy-trinh-noi-bo/9.999999/bpmn");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(none.body()).get("message").asText())
        .isEqualTo("Thủ tục 9.999999 chưa có quy trình nội bộ được phê duyệt (không có trong danh mục).");
  }

  /** A GET as a browser's download: any Accept, the headers kept. */
  static HttpResponse<String> download(String user, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void withoutCommunesTheDossierHasTenWorkingDays() {
    LocalDate decided = LocalDate.now(VN).minusDays(1);
    String instance = startAsOffice(false, decided);
    assertThat(dossierDeadline(instance)).isEqualTo(endOfWorkingDay(decided, 10));
  }
}
