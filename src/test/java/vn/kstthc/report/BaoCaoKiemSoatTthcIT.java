package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.platform.RunningApplication;
import vn.kstthc.platform.RunningApplication.Rest;
import vn.kstthc.platform.TestPostgres;

/**
 * bao-cao-kiem-soat-tthc on PostgreSQL through its forms, as the demo officers submit them (REST
 * submit-form: the form contract and {@link UnitPartFormRule}), for the current quarter; and the
 * units submitting at the same moment.
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

  /**
   * The consolidation follows the units' parts in a job (the join of the units' tasks), so it may
   * come a moment after the last part.
   */
  static void awaitConsolidation(String instance) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (admin.get("/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
          + BaoCaoKiemSoatTthcProcess.TASK_CONSOLIDATE).expect(200).json().size() == 1) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no consolidation task for " + instance);
  }

  @Test
  void theUnitsSubmittingAtTheSameMomentAllSucceed() throws Exception {
    // past quarters, without dossiers: each unit only writes its narrative; all three at once
    List<String> users = List.of("qlkh.giang", "tdc.minh", "cds.hung");
    List<String> reports = new ArrayList<>();
    for (String day : List.of("2021-03-01", "2021-06-01", "2021-09-01", "2021-12-01")) {
      reports.add(app.rest("vps.an", PASSWORD)
          .post("/engine-rest/process-definition/key/" + BaoCaoKiemSoatTthcProcess.KEY + "/submit-form",
              Map.of("variables", Map.of("loaiBaoCao", value("kstthc-quy"), "ngayTrongKy", value(day))))
          .expect(200).json().get("id").asText());
    }
    ExecutorService officers = Executors.newFixedThreadPool(users.size());
    List<String> outcomes = new ArrayList<>();
    for (String instance : reports) {
      CyclicBarrier together = new CyclicBarrier(users.size());
      List<Future<RunningApplication.Response>> submissions = new ArrayList<>();
      for (String user : users) {
        Rest officer = app.rest(user, PASSWORD);
        String task = taskOf(officer, instance);
        officer.post("/engine-rest/task/" + task + "/claim", Map.of("userId", user)).expect(204);
        submissions.add(officers.submit(() -> {
          together.await();
          return officer.post("/engine-rest/task/" + task + "/submit-form",
              Map.of("variables", Map.of("thuyetMinh", value("Thuyết minh của " + user))));
        }));
      }
      for (Future<RunningApplication.Response> submission : submissions) {
        RunningApplication.Response response = submission.get();
        outcomes.add(response.status() + (response.status() == 204 ? "" : " " + response.body()));
      }
    }
    officers.shutdown();
    assertThat(outcomes).as("every officer's submission accepted").hasSize(12).allMatch(outcome -> outcome.equals("204"));
    for (String instance : reports) {
      awaitConsolidation(instance);
      String parts = admin.get("/engine-rest/process-instance/" + instance + "/variables/phanDonVi?deserializeValue=false")
          .expect(200).json().get("value").asText();
      assertThat(parts).as("every part").contains("Thuyết minh của qlkh.giang", "Thuyết minh của tdc.minh",
          "Thuyết minh của cds.hung");
    }
  }

  @Test
  void officersReportThroughTheFormsAndFiguresThatDoNotAddUpAreRefused() throws Exception {
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
    awaitConsolidation(instance);

    submit("vps.an", instance, Map.of("ketLuanTongHop", value("dat"))).expect(204);
    submit("ld.cuong", instance, Map.of("ketLuanKy", value("ky"))).expect(204);
    String snapshot = admin.get("/engine-rest/process-instance/" + instance + "/variables/baoCaoDaKy").expect(200)
        .json().get("value").asText();
    assertThat(app.bean(ReportSnapshots.class).find(snapshot).orElseThrow().signedBy()).isEqualTo("ld.cuong");

    submit("vps.binh", instance, Map.of("daNhapHeThong", value(true), "ghiChuNhap", value("Đã nhập"))).expect(204);
    assertThat(admin.get("/engine-rest/process-instance/" + instance).status()).isEqualTo(404);
  }
}
