package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.kstthc.supervision.DanhSachTreHanProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.lateness.LateExplanations;
import vn.kstthc.platform.PlatformProcessTest;
import vn.kstthc.report.DossierChannel;
import vn.kstthc.report.DossierRecord;
import vn.kstthc.report.DossierRecords;
import vn.kstthc.report.DossierState;
import vn.kstthc.reporting.ReportScope;

/**
 * Every path of danh-sach-tre-han with the platform's plugins and its real tables: units answer,
 * a unit never answers, nobody is late; the 95% flag at its boundary. The on-time records of the
 * month are written by hand (each test its own month of 2025, far from the records other tests
 * make today), so every figure below is counted by hand.
 */
@PlatformProcessTest
class DanhSachTreHanProcessTest {

  static final String QLKH = "phong-quan-ly-khoa-hoc";
  static final String TDC = "phong-tc-dl-cl";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired LateExplanations explanations;
  @Autowired DossierRecords dossiers;
  @Autowired IndicatorService indicators;
  @Autowired MonthlyLateWork monthly;

  @LocalServerPort int port;
  @Value("${kstthc.organisation.demo-password}") String password;

  final String run = UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  static Date at(String local) {
    return Date.from(ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  /**
   * A step finished in the month: Phòng QLKH 19 on time, 1 late (95.0%: not flagged); Phòng TĐC 17
   * on time, 1 late (94.4%: flagged); a dossier of giao-viec finished late, charged to the unit of
   * its last step (TĐC).
   */
  void seedMonth(String month) {
    for (int i = 0; i < 19; i++) {
      step("q" + i, QLKH, "qlkh.giang", month + "-10T09:00", month + "-09T17:30", "DUNG_HAN", 0);
    }
    step("q-tre", QLKH, "qlkh.giang", month + "-15T09:00", month + "-13T17:30", "TRE_HAN", 2);
    for (int i = 0; i < 17; i++) {
      step("t" + i, TDC, "tdc.minh", month + "-10T09:00", month + "-10T17:30", "SOM_HAN", 0);
    }
    // the late dossier: its only step is TĐC's late one
    outcome(run + "-t-tre", run + "-hs", "TASK", TDC, "tdc.minh", month + "-20T10:00", month + "-17T17:30", "TRE_HAN", 3);
    outcome(run + "-hs", run + "-hs", "INSTANCE", TDC, "vps.an", month + "-21T09:00", month + "-17T17:30", "TRE_HAN", 3);
  }

  /** A step of a dossier of its own, finished in time. */
  void step(String id, String unit, String officer, String finished, String due, String status, int late) {
    outcome(run + "-" + id, run + "-hs-" + id, "TASK", unit, officer, finished, due, status, late);
  }

  void outcome(String id, String instance, String kind, String unit, String officer, String finished, String due,
      String status, int late) {
    outcome("giao-viec", id, instance, kind, unit, officer, finished, due, status, late);
  }

  void outcome(String process, String id, String instance, String kind, String unit, String officer, String finished,
      String due, String status, int late) {
    jdbc.update("insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key,"
            + " business_key, activity_id, activity_name, unit_id, officer_id, started_at, due_at, due_kind,"
            + " finished_at, status, working_days_late) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        id, kind, instance, process, "GV-" + run, kind.equals("TASK") ? "UserTask_BaoCao" : null,
        kind.equals("TASK") ? "Báo cáo kết quả" : null, unit, officer, new Timestamp(at(due.substring(0, 10) + "T07:30").getTime()),
        new Timestamp(at(due).getTime()), "DAYS", new Timestamp(at(finished).getTime()), status, late);
  }

  ProcessInstance startFor(String month, String today) {
    ClockUtil.setCurrentTime(at(today));
    return runtime.startProcessInstanceByKey(KEY, Map.of(THANG.name(), month));
  }

  /** A unit's task, in the unit's own explanation case called by the list. */
  Task explanationTask(ProcessInstance instance, String unit) {
    String[] cases = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .processDefinitionKey(KEY_EXPLANATION).list().stream().map(ProcessInstance::getId).toArray(String[]::new);
    return tasks.createTaskQuery().processInstanceIdIn(cases).taskCandidateGroup(unit).singleResult();
  }

  /**
   * As the form contract stores a Tasklist form: the unit's rows with the columns it fills only
   * (read-only columns are not written again).
   */
  void answer(Task task, String officer, String cause) throws Exception {
    tasks.claim(task.getId(), officer);
    ArrayNode rows = JSON.createArrayNode();
    for (JsonNode shown : JSON.readTree(tasks.getVariable(task.getId(), TRUONG_HOP).toString())) {
      assertThat(shown.path("hoSo").asText()).isEqualTo("GV-" + run);
      rows.addObject().put("nguyenNhan", cause).put("giaiTrinh", "Giải trình của " + officer);
    }
    tasks.complete(task.getId(), Map.of(TRUONG_HOP, Spin.JSON(rows.toString())));
  }

  List<List<String>> publish(ProcessInstance instance) throws Exception {
    Task publish = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(publish.getTaskDefinitionKey()).isEqualTo(TASK_PUBLISH);
    assertThat(tasks.getIdentityLinksForTask(publish.getId())).extracting(IdentityLink::getGroupId).containsExactly("van-phong-so");
    tasks.complete(publish.getId(), Map.of("daKiemTra", true));
    Job export = management.createJobQuery().processInstanceId(instance.getId()).activityId(TASK_EXPORT).singleResult();
    management.executeJob(export.getId());
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    HistoricVariableInstance file = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(TEP_DANH_SACH).singleResult();
    HistoricVariableInstance printed = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(TEP_DANH_SACH_PDF).singleResult();
    try (PDDocument pdf = Loader.loadPDF(((FileValue) printed.getTypedValue()).getValue().readAllBytes())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Danh sách trễ hạn tháng");
    }
    return rows(((FileValue) file.getTypedValue()).getValue().readAllBytes());
  }

  static List<List<String>> rows(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          List<String> cells = new ArrayList<>();
          row.forEach(cell -> cells.add(cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
              ? String.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue()));
          rows.add(cells);
        }
      }
    }
    return rows;
  }

  HttpResponse<byte[]> get(String user, String path) throws Exception {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static byte[] kept(HistoryService history, ProcessInstance instance, String variable) throws Exception {
    HistoricVariableInstance file = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(variable).singleResult();
    return ((FileValue) file.getTypedValue()).getValue().readAllBytes();
  }

  /**
   * /api/giam-sat/danh-sach-tre-han/{thang}.xlsx|.pdf: a draft while the list is open, with the
   * explanations given so far; once published, the files kept in the case, byte for byte, even
   * after a correction is recorded; a unit's officer refused, a month never listed or malformed too.
   */
  @Test
  void theVanPhongDownloadsADraftWhileTheListIsOpenAndThePublishedFilesAfter() throws Exception {
    seedMonth("2025-11");
    ProcessInstance instance = startFor("2025-11", "2025-12-01T07:30");
    String xlsx = "/api/giam-sat/danh-sach-tre-han/2025-11.xlsx";
    String pdf = "/api/giam-sat/danh-sach-tre-han/2025-11.pdf";

    HttpResponse<byte[]> unit = get("qlkh.giang", xlsx);
    assertThat(unit.statusCode()).isEqualTo(403);
    assertThat(text(unit)).contains("chỉ Văn phòng Sở (đầu mối kiểm soát TTHC), cán bộ giám sát và lãnh đạo tải được");
    assertThat(get("qlkh.giang", pdf).statusCode()).isEqualTo(403);

    answer(explanationTask(instance, QLKH), "qlkh.giang", "cho-phoi-hop");
    HttpResponse<byte[]> draft = get("vps.an", xlsx);
    assertThat(draft.statusCode()).as(text(draft)).isEqualTo(200);
    assertThat(draft.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("du-thao-danh-sach-tre-han-2025-11.xlsx");
    List<List<String>> sheet = rows(draft.body());
    assertThat(sheet.get(0)).containsExactly("Danh sách trễ hạn tháng 11/2025 (Dự thảo, chưa công bố)");
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Quản lý khoa học", "Giải trình của qlkh.giang"));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Tiêu chuẩn Đo lường Chất lượng", KHONG_CO_GIAI_TRINH));
    HttpResponse<byte[]> draftPdf = get("ld.cuong", pdf);
    assertThat(draftPdf.statusCode()).isEqualTo(200);
    assertThat(draftPdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
    assertThat(pdfText(draftPdf.body())).contains("(Dự thảo, chưa công bố)", "Giải trình của qlkh.giang");

    answer(explanationTask(instance, TDC), "tdc.minh", "cham-xu-ly");
    publish(instance);
    byte[] publishedXlsx = kept(history, instance, TEP_DANH_SACH);
    byte[] publishedPdf = kept(history, instance, TEP_DANH_SACH_PDF);
    explanations.correct(LateCaseRef.outcome(run + "-q-tre"), QLKH, "qua-tai", "Giải trình đính chính sau công bố",
        "Đơn vị đính chính", "vps.an", instance.getId());

    HttpResponse<byte[]> file = get("vps.an", xlsx);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("\"danh-sach-tre-han-2025-11.xlsx\"");
    assertThat(file.body()).isEqualTo(publishedXlsx);
    assertThat(rows(file.body()).get(0)).containsExactly("Danh sách trễ hạn tháng 11/2025");
    assertThat(get("ld.cuong", pdf).body()).isEqualTo(publishedPdf);
    assertThat(pdfText(publishedPdf)).doesNotContain("Giải trình đính chính sau công bố");

    HttpResponse<byte[]> never = get("vps.an", "/api/giam-sat/danh-sach-tre-han/2019-01.xlsx");
    assertThat(never.statusCode()).isEqualTo(404);
    assertThat(text(never)).contains("Chưa có danh sách trễ hạn tháng 1/2019.");
    for (String malformed : List.of("2025-13", "11-2025", "2025-1")) {
      HttpResponse<byte[]> refused = get("vps.an", "/api/giam-sat/danh-sach-tre-han/" + malformed + ".pdf");
      assertThat(refused.statusCode()).as(malformed).isEqualTo(400);
      assertThat(text(refused)).contains("Tháng phải viết dạng năm-tháng, ví dụ 2026-10.");
    }
  }

  @Test
  void eachUnitExplainsItsLateCasesAndTheVanPhongPublishesByTheFifth() throws Exception {
    seedMonth("2025-09");
    // Wed 01/10/2025, first working day: the 5th is a Sunday, so publish by Mon 06/10; explain by Fri 03/10
    ProcessInstance instance = startFor("2025-09", "2025-10-01T07:30");

    Task qlkh = explanationTask(instance, QLKH);
    Task tdc = explanationTask(instance, TDC);
    assertThat(qlkh.getDueDate()).isEqualTo(at("2025-10-03T17:30"));
    assertThat(JSON.readTree(tasks.getVariable(qlkh.getId(), TRUONG_HOP).toString()))
        .extracting(row -> row.path("hoSo").asText() + " " + row.path("soNgayTre").asInt())
        .containsExactly("GV-" + run + " 2");
    assertThat(JSON.readTree(tasks.getVariable(tdc.getId(), TRUONG_HOP).toString())).hasSize(2);

    answer(qlkh, "qlkh.giang", "cho-phoi-hop");
    answer(tdc, "tdc.minh", "cham-xu-ly");

    assertThat(explanations.current(LateCaseRef.outcome(run + "-q-tre")).orElseThrow().explainedBy()).isEqualTo("qlkh.giang");
    Task publish = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(publish.getDueDate()).isEqualTo(at("2025-10-06T17:30"));
    List<List<String>> sheet = publish(instance);
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Quản lý khoa học", "Võ Thị Giang", "2.0",
        "Chờ ý kiến, kết quả phối hợp của cơ quan, đơn vị khác", "Giải trình của qlkh.giang"));
    assertThat(sheet).filteredOn(row -> row.contains("Phòng Tiêu chuẩn Đo lường Chất lượng") && row.contains("3.0"))
        .as("TĐC: its late step and the late dossier").hasSize(2);
    // the rates: QLKH 19/20 = 95.0% is not flagged, TĐC 17/18 = 94.4% is
    assertThat(sheet).anySatisfy(row -> assertThat(row).containsExactly("1.0", "Phòng Quản lý khoa học", "20.0", "1.0", "95.0", ""));
    assertThat(sheet).anySatisfy(row -> assertThat(row)
        .containsExactly("2.0", "Phòng Tiêu chuẩn Đo lường Chất lượng", "18.0", "1.0", "94.4", "Dưới 95%"));
  }

  @Test
  void aUnitThatNeverAnswersIsPublishedWithoutExplanation() throws Exception {
    seedMonth("2025-07");
    ProcessInstance instance = startFor("2025-07", "2025-08-01T07:30");
    answer(explanationTask(instance, QLKH), "qlkh.giang", "qua-tai");

    Job deadline = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    // Fri 01/08/2025: the 5th is Tue 05/08; explain by Mon 04/08
    assertThat(deadline.getDuedate()).isEqualTo(at("2025-08-04T17:30"));
    ClockUtil.setCurrentTime(at("2025-08-04T17:31"));
    management.executeJob(deadline.getId());

    List<List<String>> sheet = publish(instance);
    assertThat(sheet).filteredOn(row -> row.contains(KHONG_CO_GIAI_TRINH)).hasSize(2)
        .allSatisfy(row -> assertThat(row).contains("Phòng Tiêu chuẩn Đo lường Chất lượng"));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Quản lý khoa học",
        "Số lượng hồ sơ tăng đột biến, thiếu công chức xử lý"));
  }

  @Test
  void whenNobodyWasLateTheRatesAreStillPublished() throws Exception {
    for (int i = 0; i < 3; i++) {
      step("ok" + i, QLKH, "qlkh.giang", "2025-05-12T09:00", "2025-05-12T17:30", "DUNG_HAN", 0);
    }
    // Mon 02/06/2025; the 5th is Thursday
    ProcessInstance instance = startFor("2025-05", "2025-06-02T07:30");
    assertThat(runtime.getVariable(instance.getId(), CO_TRE_HAN.name())).isEqualTo(false);
    List<List<String>> sheet = publish(instance);
    assertThat(sheet).anySatisfy(row -> assertThat(row).containsExactly("1.0", "Phòng Quản lý khoa học", "3.0", "0.0", "100.0", ""));
    assertThat(sheet).noneSatisfy(row -> assertThat(row).contains("giao-viec"));
  }

  @Test
  void aUnitMustGiveACauseForEachCaseAndOnlyAPastMonthIsListed() throws Exception {
    seedMonth("2025-03");
    ProcessInstance instance = startFor("2025-03", "2025-04-01T07:30");
    Task tdc = explanationTask(instance, TDC);
    assertThatThrownBy(() -> tasks.complete(tdc.getId()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Chưa chọn nguyên nhân hoặc chưa ghi nội dung giải trình cho: GV-" + run);
    assertThatThrownBy(() -> startFor("2025-04", "2025-04-10T09:00"))
        .hasMessageContaining("Chỉ lập danh sách trễ hạn cho một tháng đã qua (trước tháng 4/2025)");
  }

  DossierRecord oneStop(String number, String due, String finished, DossierState state) {
    return oneStop(QLKH, number, due, finished, state);
  }

  DossierRecord oneStop(String unit, String number, String due, String finished, DossierState state) {
    return new DossierRecord(unit, number, "1.003652", "Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm", "Tiêu chuẩn",
        TthcLevel.TINH, DossierChannel.TRUC_TUYEN, LocalDate.parse(due).minusDays(10), LocalDate.parse(due),
        LocalDate.parse(finished), state);
  }

  // The three tests below list months of 2022, which no report test counts.

  /**
   * The one-stop system numbers dossiers per unit: two units' dossiers of one number are two cases,
   * each explained by its own unit (one explanation for both let the second unit overwrite the first's).
   */
  @Test
  void twoUnitsDossiersOfTheSameNumberAreExplainedEachByItsUnit() throws Exception {
    String number = "H40-cung-so-" + run;
    dossiers.save(List.of(oneStop(QLKH, number, "2022-11-10", "2022-11-14", DossierState.DA_GIAI_QUYET),
        oneStop(TDC, number, "2022-11-10", "2022-11-15", DossierState.DA_GIAI_QUYET)),
        DossierRecords.Entry.NHAP_TEP, "qlkh.giang", Instant.now());
    ProcessInstance instance = startFor("2022-11", "2022-12-01T07:30");
    for (String unit : List.of(QLKH, TDC)) {
      Task task = explanationTask(instance, unit);
      assertThat(JSON.readTree(tasks.getVariable(task.getId(), TRUONG_HOP).toString()))
          .extracting(row -> row.path("hoSo").asText()).containsExactly(number);
      tasks.claim(task.getId(), unit.equals(QLKH) ? "qlkh.giang" : "tdc.minh");
      tasks.complete(task.getId(), Map.of(TRUONG_HOP,
          Spin.JSON("[{\"nguyenNhan\":\"qua-tai\",\"giaiTrinh\":\"Giải trình của " + unit + "\"}]")));
    }
    for (String unit : List.of(QLKH, TDC)) {
      assertThat(explanations.history(LateCaseRef.oneStop(unit, number)))
          .extracting(e -> e.version() + " " + e.unitId() + " " + e.text())
          .containsExactly("1 " + unit + " Giải trình của " + unit);
    }
    List<List<String>> sheet = publish(instance);
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Quản lý khoa học", number, "Giải trình của " + QLKH));
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains(number, "Giải trình của " + TDC));
  }

  /** An imported dossier's TTHC named as long as the one-stop table allows (1000) is listed whole. */
  @Test
  void anImportedDossierWithTheLongestTthcNameIsListed() {
    String name = "Thủ tục có tên rất dài ".repeat(50).substring(0, 1000);
    String number = "H40-dai-" + run;
    dossiers.save(List.of(new DossierRecord(QLKH, number, "1.003652", name, "Tiêu chuẩn", TthcLevel.TINH,
        DossierChannel.TRUC_TUYEN, LocalDate.parse("2022-10-01"), LocalDate.parse("2022-10-10"),
        LocalDate.parse("2022-10-14"), DossierState.DA_GIAI_QUYET)), DossierRecords.Entry.NHAP_TEP, "qlkh.giang",
        Instant.now());
    ProcessInstance instance = startFor("2022-10", "2022-11-01T07:30");
    assertThat(jdbc.queryForList("select process_name from kstthc_late_list_case where list_id = ? and case_number = ?",
        String.class, instance.getId(), number)).containsExactly("1.003652 " + name);
  }

  /** A user the directory knows by his last name only is listed by it, not as "null Trần". */
  @Test
  void anOfficerWithoutAFirstNameIsListedByHisLastName() {
    String officer = "chi-ten-" + run;
    var user = identity.newUser(officer);
    user.setLastName("Trần");
    identity.saveUser(user);
    try {
      outcome(run + "-x", run + "-hs-x", "TASK", QLKH, officer, "2022-09-15T09:00", "2022-09-13T17:30", "TRE_HAN", 2);
      ProcessInstance instance = startFor("2022-09", "2022-10-03T07:30");
      assertThat(jdbc.queryForList("select officer_name from kstthc_late_list_case where list_id = ? and officer_id = ?",
          String.class, instance.getId(), officer)).containsExactly("Trần");
    } finally {
      identity.deleteUser(officer);
    }
  }

  @Test
  void theImportedOneStopDossiersResolvedLateAreListedForTheirUnit() throws Exception {
    seedMonth("2025-02");
    String late = "H40-250210-" + run;
    dossiers.save(List.of(
        // Mon 10/02 due, Thu 13/02 resolved: 3 working days late
        oneStop(late, "2025-02-10", "2025-02-13", DossierState.DA_GIAI_QUYET),
        oneStop("H40-dung-han-" + run, "2025-02-10", "2025-02-10", DossierState.DA_GIAI_QUYET),
        // returned late, or resolved late in another month: not in February's list (form II.05a's "quá hạn")
        oneStop("H40-tra-lai-" + run, "2025-02-10", "2025-02-12", DossierState.TRA_LAI),
        oneStop("H40-thang-3-" + run, "2025-02-27", "2025-03-03", DossierState.DA_GIAI_QUYET)),
        DossierRecords.Entry.NHAP_TEP, "qlkh.giang", Instant.now());
    ProcessInstance instance = startFor("2025-02", "2025-03-03T07:30");

    Task qlkh = explanationTask(instance, QLKH);
    JsonNode shown = JSON.readTree(tasks.getVariable(qlkh.getId(), TRUONG_HOP).toString());
    // by day resolved: the dossier on 13/02, the step on 15/02
    assertThat(shown).extracting(row -> row.path("hoSo").asText()).containsExactly(late, "GV-" + run);
    JsonNode dossier = shown.get(0);
    assertThat(dossier.path("loai").asText()).isEqualTo("Hồ sơ TTHC (một cửa)");
    assertThat(dossier.path("quyTrinh").asText()).isEqualTo("1.003652 Cấp giấy chứng nhận đăng ký hoạt động thử nghiệm");
    assertThat(dossier.path("hanXuLy").asText() + " " + dossier.path("hoanThanh").asText()).isEqualTo("10/02/2025 13/02/2025");
    assertThat(dossier.path("soNgayTre").asInt()).isEqualTo(3);

    tasks.claim(qlkh.getId(), "qlkh.giang");
    ArrayNode rows = JSON.createArrayNode();
    rows.addObject().put("nguyenNhan", "qua-tai").put("giaiTrinh", "Hồ sơ một cửa dồn vào cuối tháng");
    rows.addObject().put("nguyenNhan", "cho-phoi-hop").put("giaiTrinh", "Chờ ý kiến phối hợp");
    tasks.complete(qlkh.getId(), Map.of(TRUONG_HOP, Spin.JSON(rows.toString())));
    assertThat(explanations.current(LateCaseRef.oneStop(QLKH, late)).orElseThrow().text())
        .isEqualTo("Hồ sơ một cửa dồn vào cuối tháng");
    answer(explanationTask(instance, TDC), "tdc.minh", "cham-xu-ly");

    List<List<String>> sheet = publish(instance);
    assertThat(sheet).anySatisfy(row -> assertThat(row).contains("Phòng Quản lý khoa học", late, "3.0",
        "Số lượng hồ sơ tăng đột biến, thiếu công chức xử lý", "Hồ sơ một cửa dồn vào cuối tháng"));
    assertThat(sheet).noneSatisfy(row -> assertThat(String.join(" ", row)).containsAnyOf("H40-dung-han-", "H40-tra-lai-",
        "H40-thang-3-"));
    // the rates count the imported dossiers resolved in the month with the steps: QLKH 19 + 1 on
    // time of 20 + 2 (the returned one and March's are not judged in February): 90.9%
    assertThat(sheet).anySatisfy(row -> assertThat(row)
        .containsExactly("1.0", "Phòng Quản lý khoa học", "22.0", "2.0", "90.9", "Dưới 95%"));
  }

  /**
   * The rates at the 95% boundary, hand-counted, each unit mixing its steps and its imported
   * dossiers resolved in the month. August 2024: Phòng QLKH 16 steps on time and 1 late, 3 dossiers
   * resolved on or before their due day: 19 of 20, 95.0%, not flagged (its steps alone: 94.1%).
   * Phòng TĐC 18 steps on time, 1 dossier resolved a day late, 1 returned and 1 resolved in
   * September (neither judged in August): 18 of 19, 94.7%, flagged (its steps alone: 100%).
   */
  @Test
  void theRatesCountTheUnitsStepsAndImportedDossiersResolvedInTheMonth() {
    for (int i = 0; i < 16; i++) {
      step("q" + i, QLKH, "qlkh.giang", "2024-08-12T09:00", "2024-08-12T17:30", "DUNG_HAN", 0);
    }
    step("q-tre", QLKH, "qlkh.giang", "2024-08-15T09:00", "2024-08-13T17:30", "TRE_HAN", 2);
    for (int i = 0; i < 18; i++) {
      step("t" + i, TDC, "tdc.minh", "2024-08-12T09:00", "2024-08-14T17:30", "SOM_HAN", 0);
    }
    dossiers.save(List.of(
        oneStop(QLKH, "Q-truoc-" + run, "2024-08-20", "2024-08-16", DossierState.DA_GIAI_QUYET),
        oneStop(QLKH, "Q-dung-1-" + run, "2024-08-20", "2024-08-20", DossierState.DA_GIAI_QUYET),
        oneStop(QLKH, "Q-dung-2-" + run, "2024-08-30", "2024-08-30", DossierState.DA_GIAI_QUYET),
        // Thu 22/08 due, Fri 23/08 resolved: late
        oneStop(TDC, "T-tre-" + run, "2024-08-22", "2024-08-23", DossierState.DA_GIAI_QUYET),
        oneStop(TDC, "T-tra-lai-" + run, "2024-08-22", "2024-08-26", DossierState.TRA_LAI),
        oneStop(TDC, "T-thang-9-" + run, "2024-08-30", "2024-09-04", DossierState.DA_GIAI_QUYET)),
        DossierRecords.Entry.NHAP_TEP, "vps.an", Instant.now());

    MonthlyLateWork.Month august = monthly.read(YearMonth.of(2024, 8), Instant.parse("2024-09-04T01:00:00Z"));
    assertThat(august.rates()).containsExactly(new UnitRate(QLKH, 20, 19), new UnitRate(TDC, 19, 18));
    assertThat(august.rates()).extracting(UnitRate::percent, UnitRate::flagged)
        .containsExactly(tuple(95.0, false), tuple(94.7, true));
    assertThat(august.late()).extracting(work -> work.lateCase().ref())
        .containsExactly(run + "-q-tre", TDC + "/T-tre-" + run);
  }

  @Test
  void theDashboardRatesLeaveOutTheLateListsOwnExplanationTasks() {
    step("ok", QLKH, "qlkh.giang", "2024-11-12T09:00", "2024-11-12T17:30", "DUNG_HAN", 0);
    // Phòng QLKH explained October's list a day late: not a late case of its own work
    outcome(KEY, run + "-giai-trinh", run + "-ds", "TASK", QLKH, "qlkh.giang", "2024-11-06T09:00",
        "2024-11-05T17:30", "TRE_HAN", 1);
    IndicatorService.UnitSteps steps = indicators.unitSteps(ReportScope.everyUnit(), LocalDate.parse("2024-11-01"),
        LocalDate.parse("2024-11-30"), Instant.parse("2024-12-02T01:00:00Z"));
    assertThat(steps.rates()).containsExactly(new UnitRate(QLKH, 1, 1));
    assertThat(steps.late()).isEmpty();
  }
}
