package vn.kstthc.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Response;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * Both procedures on the real application (PostgreSQL, demo organisation), walked through their
 * forms by the demo officers, each submitting exactly the fields of the form in front of them;
 * then the catalogue and the on-time records.
 */
class PublicationIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  static final String NEW_CODE = "1.099001";
  static final String AMENDED_CODE = "1.003649";
  static final String ABOLISHED_CODE = "1.003652";

  static RunningApplication app;
  static LocalDate today;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_publication"));
    properties.put("KSTTHC_DEMO_ENABLED", "true");
    app = RunningApplication.start(properties, "postgres");
    today = LocalDate.now(ZONE);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Rest as(String user) {
    return app.rest(user, PASSWORD);
  }

  static Map<String, Object> fields(Object... nameValue) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      variables.put((String) nameValue[i], Map.of("value", nameValue[i + 1]));
    }
    return Map.of("variables", variables);
  }

  /** The officer's open task of the instance at that step, completed through its form. */
  static void submit(String user, String instance, String step, Map<String, Object> form) {
    JsonNode tasks = as(user).get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + step)
        .expect(200).json();
    assertThat(tasks).as(user + " sees the task " + step).hasSize(1);
    as(user).post("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/submit-form", form).expect(204);
  }

  static List<Map<String, Object>> row(String code, String name, String change) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("maTthc", code);
    row.put("tenTthc", name);
    row.put("loaiThayDoi", change);
    row.put("linhVuc", "Hoạt động khoa học và công nghệ");
    row.put("capThucHien", "tinh");
    row.put("dichVuCong", "toan-trinh");
    return List.of(row);
  }

  static Map<String, Object> draft(boolean consult) {
    return draft(NEW_CODE, consult);
  }

  static Map<String, Object> draft(String newCode, boolean consult) {
    List<Object> list = new java.util.ArrayList<>();
    list.addAll(row(newCode, "Thủ tục công bố mới để thử", "moi"));
    list.addAll(row(AMENDED_CODE, "Thủ tục cấp Giấy chứng nhận đăng ký hoạt động lần đầu (sửa đổi)", "sua-doi-bo-sung"));
    list.addAll(row(ABOLISHED_CODE, "Thủ tục cấp lại Giấy chứng nhận đăng ký hoạt động", "bai-bo"));
    return consult
        ? fields("danhSachTthc", list, "duThaoQuyetDinh", "Tờ trình và dự thảo Quyết định công bố", "layYKienXa", true,
            // the communes answer by the Sở's own deadline at the latest: 1 working day after learning
            "hanGopYXa", app.bean(WorkingDayCalendar.class).addWorkingDays(today, 1).toString())
        : fields("danhSachTthc", list, "duThaoQuyetDinh", "Tờ trình và dự thảo Quyết định công bố (đã sửa)",
            "layYKienXa", false);
  }

  @Test
  void aDecisionIsPublishedSignedEnteredInTheCatalogueAndMadePublicOnTime() {
    LocalDate effective = today.plusDays(30);
    String publication = as("vps.an").post("/engine-rest/process-definition/key/cong-bo-tthc/submit-form", fields(
            "tieuDe", "Công bố TTHC theo Quyết định 123/QĐ-BKHCN",
            "loaiQuyetDinh", "cong-bo-tthc",
            "loaiVanBanNguon", "quyet-dinh-bo",
            "soVanBanNguon", "123/QĐ-BKHCN",
            "ngayBanHanhVanBan", today.minusDays(2).toString(),
            "ngayCoHieuLuc", effective.toString(),
            "ngayBietVanBan", today.toString(),
            "tthcNoiBo", false,
            "donViSoanThao", "phong-quan-ly-khoa-hoc"))
        .expect(200).json().get("id").asText();

    // a "new" TTHC the catalogue already has: back to the unit at once, with the line as reason
    submit("qlkh.giang", publication, CongBoTthcProcess.TASK_DRAFT, draft("1.003656", true));
    JsonNode reason = as("qlkh.giang").get("/engine-rest/task?processInstanceId=" + publication).expect(200).json();
    String redo = reason.get(0).get("id").asText();
    assertThat(reason.get(0).get("taskDefinitionKey").asText()).isEqualTo(CongBoTthcProcess.TASK_DRAFT);
    assertThat(as("qlkh.giang").get("/engine-rest/task/" + redo + "/form-variables?variableNames=lyDoTraLai").expect(200)
        .json().at("/lyDoTraLai/value").asText()).contains("Dòng 1", "1.003656 đã có trong danh mục");
    submit("qlkh.giang", publication, CongBoTthcProcess.TASK_DRAFT, draft(true));
    submit("xa.quang", publication, CongBoTthcProcess.TASK_COMMUNE_OPINION, fields("yKienXa", "Thống nhất với dự thảo"));
    submit("qlkh.giang", publication, CongBoTthcProcess.TASK_INCORPORATE, fields("tiepThuYKien", "Không có nội dung cần tiếp thu"));
    submit("vps.an", publication, CongBoTthcProcess.TASK_QUALITY_CHECK,
        fields("ketQuaKiemTra", "tra-lai", "lyDoTraLai", "Thiếu căn cứ pháp lý của thủ tục mới"));
    submit("qlkh.giang", publication, CongBoTthcProcess.TASK_DRAFT, draft(false));
    // the check comes again with nothing chosen: what Tasklist fills its form with has no decision
    String again = as("vps.an").get("/engine-rest/task?processInstanceId=" + publication).expect(200).json()
        .get(0).get("id").asText();
    assertThat(as("vps.an").get("/engine-rest/task/" + again + "/form-variables").expect(200).json().fieldNames())
        .toIterable().doesNotContain("ketQuaKiemTra", "lyDoTraLai").contains("tieuDe");
    submit("vps.an", publication, CongBoTthcProcess.TASK_QUALITY_CHECK, fields("ketQuaKiemTra", "dat"));
    submit("ld.cuong", publication, CongBoTthcProcess.TASK_SIGN_SUBMISSION,
        fields("ketQuaKiemTra", "dat", "soToTrinh", "45/TTr-SKHCN"));
    submit("vpubnd.nga", publication, CongBoTthcProcess.TASK_PROVINCE_CHECK, fields("ketQuaKiemTra", "dat"));
    // the chair's form holds the signature, not the dossier's deadline
    String chairTask = as("ct.phuc").get("/engine-rest/task?processInstanceId=" + publication).expect(200).json()
        .get(0).get("id").asText();
    Response refused = as("ct.phuc").post("/engine-rest/task/" + chairTask + "/submit-form",
        fields("ketQuaKiemTra", "dat", "soQuyetDinh", "789/QĐ-UBND", "ngayKy", today.toString(),
            "hanXuLyHoSo", effective.toString()));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    submit("ct.phuc", publication, CongBoTthcProcess.TASK_CHAIR_SIGNS,
        fields("ketQuaKiemTra", "dat", "soQuyetDinh", "789/QĐ-UBND", "ngayKy", today.toString()));
    awaitJobs(publication);
    // the publicity is the procedure's, not a case the chair started
    assertThat(as("ct.phuc").get("/api/ho-so-da-khoi-tao").expect(200).json()).isEmpty();

    // the catalogue changed at signing
    JsonNode created = as("vps.an").get("/api/tthc/" + NEW_CODE).expect(200).json();
    assertThat(created.at("/tthc/state").asText()).isEqualTo("CON_HIEU_LUC");
    assertThat(created.at("/tthc/effectiveFrom").asText()).isEqualTo(effective.toString());
    assertThat(created.at("/tthc/owningUnit").asText()).isEqualTo("phong-quan-ly-khoa-hoc");
    assertThat(as("vps.an").get("/api/tthc/" + AMENDED_CODE).expect(200).json().at("/tthc/name").asText())
        .isEqualTo("Thủ tục cấp Giấy chứng nhận đăng ký hoạt động lần đầu (sửa đổi)");
    JsonNode abolished = as("vps.an").get("/api/tthc/" + ABOLISHED_CODE).expect(200).json();
    assertThat(abolished.at("/tthc/state").asText()).isEqualTo("DA_BAI_BO");
    assertThat(abolished.at("/tthc/abolishedFrom").asText()).isEqualTo(effective.toString());

    // cong-khai-tthc runs on its own: the Văn phòng has its first step and the posting at the office
    JsonNode started = as("vps.an").get("/engine-rest/task?processDefinitionKey=cong-khai-tthc").expect(200).json();
    assertThat(started).hasSize(2);
    String publicity = started.get(0).get("processInstanceId").asText();
    submit("vps.an", publicity, CongKhaiTthcProcess.TASK_POST_AT_OFFICE, fields("daNiemYet", true, "noiNiemYet", "Bộ phận Một cửa"));
    submit("vps.an", publicity, CongKhaiTthcProcess.TASK_NATIONAL_DATABASE,
        fields("daCongKhaiCsdlQuocGia", true, "maCsdlQuocGia", "https://csdl.dichvucong.gov.vn/" + NEW_CODE));
    submit("cds.lan", publicity, CongKhaiTthcProcess.TASK_PROVINCIAL_PORTAL,
        fields("daDangCongTinh", true, "duongDanCongTinh", "https://dichvucong.tinh.gov.vn/" + NEW_CODE));
    submit("cds.lan", publicity, CongKhaiTthcProcess.TASK_DEPARTMENT_PORTAL,
        fields("daDangCongSo", true, "duongDanCongSo", "https://skhcn.tinh.gov.vn/" + NEW_CODE));

    // on-time records: each dossier against its own deadline, every task against its own
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    PublicationDeadlines deadlines = app.bean(PublicationDeadlines.class);
    WorkingDayCalendar calendar = app.bean(WorkingDayCalendar.class);
    Map<String, Object> signed = jdbc.queryForMap(
        "select due_at, due_kind, status, finished_at from kstthc_deadline_outcome where id = ?", publication);
    assertThat(signed.get("due_at")).isEqualTo(endOfOfficeDay(deadlines.chairSignsBy(today.minusDays(2), effective)));
    assertThat(signed.get("due_kind")).isEqualTo("DAYS");
    assertThat(signed.get("status")).isIn("SOM_HAN", "DUNG_HAN");
    Map<String, Object> madePublic = jdbc.queryForMap(
        "select due_at, status, finished_at from kstthc_deadline_outcome where id = ?", publicity);
    assertThat(madePublic.get("due_at")).isEqualTo(endOfOfficeDay(calendar.addWorkingDays(today, 3)));
    assertThat(madePublic.get("status")).isIn("SOM_HAN", "DUNG_HAN");
    List<Map<String, Object>> tasks = jdbc.queryForList(
        "select activity_id, unit_id, officer_id, status from kstthc_deadline_outcome "
            + "where kind = 'TASK' and process_instance_id in (?, ?) order by finished_at", publication, publicity);
    assertThat(tasks).hasSize(14).allSatisfy(task -> assertThat(task.get("status")).isIn("SOM_HAN", "DUNG_HAN"));
    assertThat(tasks).extracting(task -> task.get("activity_id") + " " + task.get("unit_id") + " " + task.get("officer_id"))
        .startsWith(
            "UserTask_DraftDecision phong-quan-ly-khoa-hoc qlkh.giang",
            "UserTask_DraftDecision phong-quan-ly-khoa-hoc qlkh.giang",
            "UserTask_CommuneOpinion ubnd-xa-dak-koi xa.quang",
            "UserTask_IncorporateOpinions phong-quan-ly-khoa-hoc qlkh.giang",
            "UserTask_QualityCheck van-phong-so vps.an",
            "UserTask_DraftDecision phong-quan-ly-khoa-hoc qlkh.giang",
            "UserTask_QualityCheck van-phong-so vps.an",
            "UserTask_SignSubmission lanh-dao-so ld.cuong",
            "UserTask_ProvinceCheck vp-ubnd-tinh vpubnd.nga",
            "UserTask_ChairSigns chu-tich-ubnd-tinh ct.phuc")
        .contains("UserTask_ProvincialPortal phong-bcvt-cds cds.lan", "UserTask_DepartmentPortal phong-bcvt-cds cds.lan");
  }

  /**
   * Waits for the job executor to run what follows the chair's signature (the catalogue, then the
   * publicity's start): jobs of their own, after the signature is saved.
   */
  static void awaitJobs(String instance) {
    ManagementService management = app.bean(ManagementService.class);
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (management.createJobQuery().processInstanceId(instance).count() > 0) {
      assertThat(System.nanoTime()).as("jobs of " + instance + " still pending: "
          + management.createJobQuery().processInstanceId(instance).list()).isLessThan(deadline);
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  static Timestamp endOfOfficeDay(LocalDate day) {
    return Timestamp.from(day.atTime(17, 30).atZone(ZONE).toInstant());
  }
}
