package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * bao-cao-kiem-soat-tthc on PostgreSQL through its forms, as the demo officers submit them (REST
 * submit-form: the form contract and {@link UnitPartFormRule}), for the current quarter.
 */
class BaoCaoKiemSoatTthcIT {

  static final String PASSWORD = "Kstthc@2026!";
  static final String ADMIN_PASSWORD = "Quan-tri-Quy-trinh-2026";
  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  static RunningApplication app;
  static Rest admin;

  @BeforeAll
  static void start() {
    Map<String, Object> properties = new HashMap<>(TestPostgres.newDatabase("kstthc_bao_cao"));
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

  static String taskOf(Rest officer, String instance) {
    JsonNode tasks = officer.get("/engine-rest/task?processInstanceId=" + instance).expect(200).json();
    assertThat(tasks).as("one task for this officer").hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  static RunningApplication.Response submit(String user, String instance, Map<String, Object> variables) {
    Rest officer = app.rest(user, PASSWORD);
    String task = taskOf(officer, instance);
    officer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).expect(204);
    return officer.post("/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables));
  }

  @Test
  void officersReportThroughTheFormsAndFiguresThatDoNotAddUpAreRefused() {
    LocalDate today = LocalDate.now(VN);
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    // a dossier of TĐC whose channel no column knows: its figures do not add up
    jdbc.update("insert into kstthc_dossier_record (id, unit_id, case_number, field, tthc_level, channel, received_on,"
        + " due_on, state, entry, recorded_by, recorded_at) values ('it-khac', 'phong-tc-dl-cl', 'IT-KHAC', 'Đo lường',"
        + " 'TINH', 'KHAC', ?, ?, 'DANG_GIAI_QUYET', 'NHAP_TAY', 'tdc.minh', current_timestamp)",
        java.sql.Date.valueOf(today), java.sql.Date.valueOf(today.plusDays(10)));

    String instance = app.rest("vps.an", PASSWORD)
        .post("/engine-rest/process-definition/key/" + BaoCaoKiemSoatTthcProcess.KEY + "/submit-form",
            Map.of("variables", Map.of("loaiBaoCao", value("kstthc-quy"), "ngayTrongKy", value(today.toString()))))
        .expect(200).json().get("id").asText();

    submit("qlkh.giang", instance, Map.of("thuyetMinh", value("Phòng QLKH: đúng hạn"))).expect(204);
    submit("cds.hung", instance, Map.of("thuyetMinh", value("Phòng BCVT&CĐS: không có hồ sơ"))).expect(204);
    RunningApplication.Response refused = submit("tdc.minh", instance, Map.of("thuyetMinh", value("Phòng TĐC")));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("Chưa thể nộp báo cáo: số liệu chưa khớp. Biểu II.05a, Cấp tỉnh — Đo lường");

    jdbc.update("update kstthc_dossier_record set channel = 'TRUC_TIEP' where id = 'it-khac'");
    submit("tdc.minh", instance, Map.of("thuyetMinh", value("Phòng TĐC: một hồ sơ đang giải quyết"))).expect(204);

    submit("vps.an", instance, Map.of("ketLuanTongHop", value("dat"))).expect(204);
    submit("ld.cuong", instance, Map.of("ketLuanKy", value("ky"))).expect(204);
    String snapshot = admin.get("/engine-rest/process-instance/" + instance + "/variables/baoCaoDaKy").expect(200)
        .json().get("value").asText();
    assertThat(app.bean(ReportSnapshots.class).find(snapshot).orElseThrow().signedBy()).isEqualTo("ld.cuong");

    submit("vps.binh", instance, Map.of("daNhapHeThong", value(true), "ghiChuNhap", value("Đã nhập"))).expect(204);
    assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
  }
}
