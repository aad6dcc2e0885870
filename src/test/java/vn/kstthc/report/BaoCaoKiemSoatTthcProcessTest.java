package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.kstthc.catalogue.TthcLevel;
import vn.kstthc.form.FormContract;
import vn.kstthc.lateness.Explanation;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.lateness.LateExplanations;
import vn.kstthc.platform.PlatformProcessTest;

/**
 * Every path of bao-cao-kiem-soat-tthc with the platform's plugins and its real tables: every unit
 * submits and the signed report is frozen; the Văn phòng returns one unit's part; Lãnh đạo Sở
 * returns the report; a unit whose figures do not add up cannot submit; the start is validated.
 * Each test reports on its own quarter of 2024 (far from the dossiers other tests record), so
 * every figure below is counted by hand.
 */
@PlatformProcessTest
class BaoCaoKiemSoatTthcProcessTest {

  static final String QLKH = "phong-quan-ly-khoa-hoc";
  static final String TDC = "phong-tc-dl-cl";
  static final String CDS = "phong-bcvt-cds";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcTemplate jdbc;
  @Autowired DossierRecords records;
  @Autowired UnitPartFormRule formRule;
  @Autowired ReportStartFormRule startRule;
  @Autowired LateExplanations explanations;

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identity.clearAuthentication();
    // a report left in progress would stand in the way of the same report in another test
    runtime.createProcessInstanceQuery().processDefinitionKey(KEY).list()
        .forEach(report -> runtime.deleteProcessInstance(report.getId(), "test"));
  }

  static Date at(String local) {
    return Date.from(ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  void dossier(String unit, String number, DossierChannel channel, String received, String due, String finished,
      DossierState state) {
    records.save(List.of(new DossierRecord(unit, number, null, null, "Khoa học", TthcLevel.TINH, channel,
            LocalDate.parse(received), LocalDate.parse(due), finished == null ? null : LocalDate.parse(finished), state)),
        DossierRecords.Entry.NHAP_TAY, "qlkh.giang", Instant.now());
  }

  /** The quarter of {@code dayInPeriod}, started by hand by the Văn phòng on {@code today}. */
  ProcessInstance start(String dayInPeriod, String today) {
    ClockUtil.setCurrentTime(at(today));
    return runtime.startProcessInstanceByKey(KEY, Map.of(LOAI.name(), "kstthc-quy", NGAY_TRONG_KY.name(), dayInPeriod));
  }

  Task unitTask(ProcessInstance instance, String unit) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_UNIT)
        .taskCandidateGroup(unit).singleResult();
  }

  Task task(ProcessInstance instance, String key) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  /** The total row of a task's figures. */
  JsonNode total(Task task, String variable) throws Exception {
    JsonNode rows = JSON.readTree(tasks.getVariable(task.getId(), variable).toString());
    return rows.get(rows.size() - 1);
  }

  void submit(ProcessInstance instance, String unit, String officer, String narrative) {
    Task task = unitTask(instance, unit);
    tasks.claim(task.getId(), officer);
    tasks.complete(task.getId(), Map.of(THUYET_MINH, narrative, TRE_HAN, explained(task, "cham-xu-ly", "Công chức chậm xử lý")));
    // the part's join with the others is a job (asyncAfter), as the job executor would run it
    management.createJobQuery().processInstanceId(instance.getId()).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  /** The task's late rows, each given this cause and line where it has none. */
  Object explained(Task task, String cause, String line) {
    ArrayNode rows = (ArrayNode) rows(task, TRE_HAN);
    rows.forEach(row -> {
      if (row.path(NGUYEN_NHAN).asText().isEmpty()) {
        ((ObjectNode) row).put(NGUYEN_NHAN, cause).put(GIAI_TRINH, line);
      }
    });
    return Spin.JSON(rows.toString());
  }

  JsonNode rows(Task task, String variable) {
    try {
      return JSON.readTree(tasks.getVariable(task.getId(), variable).toString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void everyUnitSubmits(ProcessInstance instance) {
    submit(instance, QLKH, "qlkh.giang", "Thuyết minh của Phòng QLKH");
    submit(instance, TDC, "tdc.minh", "Thuyết minh của Phòng TĐC");
    submit(instance, CDS, "cds.hung", "Phòng BCVT&CĐS không có hồ sơ trong kỳ");
  }

  void decide(ProcessInstance instance, String key, String officer, Map<String, Object> decision) {
    Task task = task(instance, key);
    tasks.claim(task.getId(), officer);
    identity.setAuthenticatedUserId(officer);
    try {
      tasks.complete(task.getId(), decision);
    } finally {
      identity.clearAuthentication();
    }
  }

  @Test
  void everyUnitSubmitsItsFiguresLanhDaoSignsAndTheSignedReportIsFrozen() throws Exception {
    // Q2 2024: 15/03/2024 to 14/06/2024. QLKH: one online, resolved before its due day; one at the
    // desk, resolved a day late. TĐC: one by post, still in progress within time. BCVT&CĐS: none.
    dossier(QLKH, "Q2-1", DossierChannel.TRUC_TUYEN, "2024-04-01", "2024-04-10", "2024-04-09", DossierState.DA_GIAI_QUYET);
    dossier(QLKH, "Q2-2", DossierChannel.TRUC_TIEP, "2024-05-02", "2024-05-10", "2024-05-13", DossierState.DA_GIAI_QUYET);
    dossier(TDC, "Q2-3", DossierChannel.BUU_CHINH, "2024-06-10", "2024-06-20", null, DossierState.DANG_GIAI_QUYET);
    // Sat 15/06/2024: units by the 15th, a day off, so Mon 17/06; the Sở by Wed 19/06
    ProcessInstance instance = start("2024-06-01", "2024-06-15T08:00");

    assertThat(runtime.getVariable(instance.getId(), TIEU_DE.name()).toString())
        .endsWith("hằng quý, kỳ từ ngày 15/03/2024 đến ngày 14/06/2024");
    Task qlkh = unitTask(instance, QLKH);
    assertThat(qlkh.getDueDate()).isEqualTo(at("2024-06-17T17:30"));
    JsonNode figures = total(qlkh, SO_LIEU);
    assertThat(figures.path("dong").asText()).isEqualTo("Tổng số");
    assertThat(List.of(figures.path("nhanTong").asInt(), figures.path("nhanTrucTuyen").asInt(),
        figures.path("nhanTrucTiep").asInt(), figures.path("daGiaiQuyet").asInt(), figures.path("truocHan").asInt(),
        figures.path("quaHan").asInt(), figures.path("dangGiaiQuyet").asInt())).containsExactly(2, 1, 1, 2, 1, 1, 0);
    assertThat(tasks.getVariable(qlkh.getId(), LOI_SO_LIEU)).isEqualTo("");
    assertThat(total(unitTask(instance, CDS), SO_LIEU).path("nhanTong").asInt()).as("a unit with no activity").isZero();

    everyUnitSubmits(instance);

    Task consolidate = task(instance, TASK_CONSOLIDATE);
    assertThat(tasks.getIdentityLinksForTask(consolidate.getId())).extracting(IdentityLink::getGroupId).containsExactly("van-phong-so");
    assertThat(consolidate.getDueDate()).isEqualTo(at("2024-06-17T17:30"));
    JsonNode department = total(consolidate, SO_LIEU_TONG_HOP);
    assertThat(department.path("nhanTong").asInt()).isEqualTo(3);
    assertThat(department.path("trongHan").asInt()).isEqualTo(1);
    assertThat(JSON.readTree(tasks.getVariable(consolidate.getId(), PHAN_DON_VI).toString()))
        .extracting(part -> part.path("trangThai").asText() + " " + part.path("nguoiNop").asText())
        .as("who submitted, by name").containsExactlyInAnyOrder("Đã nộp Võ Thị Giang", "Đã nộp Đỗ Văn Minh",
            "Đã nộp Đặng Quốc Hùng");
    decide(instance, TASK_CONSOLIDATE, "vps.an", Map.of(KET_LUAN_TONG_HOP.name(), DAT));

    Task sign = task(instance, TASK_SIGN);
    assertThat(tasks.getIdentityLinksForTask(sign.getId())).extracting(IdentityLink::getGroupId).containsExactly("lanh-dao-so");
    assertThat(sign.getDueDate()).isEqualTo(at("2024-06-18T17:30"));
    decide(instance, TASK_SIGN, "ld.cuong", Map.of(KET_LUAN_KY.name(), KY));

    String snapshot = runtime.getVariable(instance.getId(), BAO_CAO_DA_KY.name()).toString();
    Map<String, Object> stored = jdbc.queryForMap("select * from kstthc_report_snapshot where id = ?", snapshot);
    assertThat(stored.get("SIGNED_BY")).isEqualTo("ld.cuong");
    assertThat(stored.get("FORM_ID")).isEqualTo("II.05a");
    assertThat(stored.get("TYPE_ID")).isEqualTo("kstthc-quy");
    assertThat(stored.get("UNITS").toString().split(",")).containsExactlyInAnyOrder(QLKH, TDC, CDS);
    assertThat(stored.get("CONTENT").toString()).contains("\"nhan-tong\":3");

    Task confirm = task(instance, TASK_CONFIRM);
    assertThat(tasks.getIdentityLinksForTask(confirm.getId())).extracting(IdentityLink::getGroupId).containsExactly("van-phong-so");
    assertThat(confirm.getDueDate()).isEqualTo(at("2024-06-19T17:30"));
    decide(instance, TASK_CONFIRM, "vps.binh", Map.of(DA_NHAP_HE_THONG.name(), true));
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void theVanPhongReturnsOneUnitsPartAndOnlyThatUnitRedoesIt() throws Exception {
    ProcessInstance instance = start("2024-03-01", "2024-03-15T08:00");
    everyUnitSubmits(instance);
    decide(instance, TASK_CONSOLIDATE, "vps.an", Map.of(KET_LUAN_TONG_HOP.name(), TRA_LAI,
        DON_VI_TRA_LAI.name(), TDC, LY_DO_TRA_LAI.name(), "Thuyết minh chưa nêu nguyên nhân hồ sơ quá hạn"));

    List<Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly(TASK_UNIT);
    Task redo = unitTask(instance, TDC);
    assertThat(redo).isNotNull();
    assertThat(tasks.getVariable(redo.getId(), THUYET_MINH)).as("its earlier narrative, to correct").isEqualTo("Thuyết minh của Phòng TĐC");
    assertThat(tasks.getVariable(redo.getId(), LY_DO_TRA_LAI.name())).isEqualTo("Thuyết minh chưa nêu nguyên nhân hồ sơ quá hạn");
    submit(instance, TDC, "tdc.minh", "Thuyết minh bổ sung nguyên nhân");

    Task consolidate = task(instance, TASK_CONSOLIDATE);
    assertThat(tasks.getVariable(consolidate.getId(), KET_LUAN_TONG_HOP.name())).as("the decision opens empty").isNull();
    assertThat(JSON.readTree(tasks.getVariable(consolidate.getId(), PHAN_DON_VI).toString()))
        .extracting(part -> part.path(DON_VI).asText() + ": " + part.path(THUYET_MINH).asText())
        .containsExactlyInAnyOrder(QLKH + ": Thuyết minh của Phòng QLKH", TDC + ": Thuyết minh bổ sung nguyên nhân",
            CDS + ": Phòng BCVT&CĐS không có hồ sơ trong kỳ");
  }

  @Test
  void lanhDaoReturnsTheReportToTheVanPhongAndNothingIsFrozen() {
    ProcessInstance instance = start("2024-09-01", "2024-09-16T08:00");
    everyUnitSubmits(instance);
    decide(instance, TASK_CONSOLIDATE, "vps.an", Map.of(KET_LUAN_TONG_HOP.name(), DAT));
    decide(instance, TASK_SIGN, "ld.cuong", Map.of(KET_LUAN_KY.name(), TRA_LAI,
        LY_DO_LANH_DAO_TRA_LAI.name(), "Bổ sung đánh giá so với kỳ trước"));

    Task consolidate = task(instance, TASK_CONSOLIDATE);
    assertThat(consolidate).isNotNull();
    assertThat(tasks.getVariable(consolidate.getId(), LY_DO_LANH_DAO_TRA_LAI.name())).isEqualTo("Bổ sung đánh giá so với kỳ trước");
    assertThat(runtime.getVariable(instance.getId(), BAO_CAO_DA_KY.name())).isNull();

    decide(instance, TASK_CONSOLIDATE, "vps.an", Map.of(KET_LUAN_TONG_HOP.name(), DAT));
    Task sign = task(instance, TASK_SIGN);
    assertThat(tasks.getVariable(sign.getId(), KET_LUAN_KY.name())).as("the decision opens empty").isNull();
  }

  @Test
  void aUnitWhoseFiguresDoNotAddUpCannotSubmit() throws Exception {
    // Q4 2024 (15/09 to 14/12): a dossier of a channel no column knows, received but neither online nor at the desk
    jdbc.update("insert into kstthc_dossier_record (id, unit_id, case_number, field, tthc_level, channel, received_on,"
        + " due_on, state, entry, recorded_by, recorded_at) values ('bc-q4-khac', ?, 'Q4-KHAC', 'Khoa học', 'TINH',"
        + " 'KHAC', date '2024-10-01', date '2024-10-10', 'DANG_GIAI_QUYET', 'NHAP_TAY', 'tdc.minh', current_timestamp)", TDC);
    ProcessInstance instance = start("2024-12-01", "2024-12-16T08:00");
    Task tdc = unitTask(instance, TDC);
    assertThat(tasks.getVariable(tdc.getId(), LOI_SO_LIEU).toString())
        .startsWith("Biểu II.05a, Cấp tỉnh — Khoa học: Số hồ sơ nhận giải quyết phải bằng");

    tasks.claim(tdc.getId(), "tdc.minh");
    assertThatThrownBy(() -> tasks.complete(tdc.getId(), Map.of(THUYET_MINH, "Thuyết minh")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Chưa thể nộp báo cáo: số liệu chưa khớp. Biểu II.05a, Cấp tỉnh — Khoa học:");
    assertThat(formRule.check(JSON.createObjectNode(), context(tdc))).singleElement()
        .satisfies(error -> assertThat(error.message()).startsWith("Chưa thể nộp báo cáo: số liệu chưa khớp."));
    assertThat(formRule.check(JSON.createObjectNode(), context(unitTask(instance, QLKH)))).isEmpty();

    // the unit corrects the dossier's channel in the data; the same task now submits
    jdbc.update("update kstthc_dossier_record set channel = 'TRUC_TIEP' where case_number = 'Q4-KHAC'");
    tasks.complete(tdc.getId(), Map.of(THUYET_MINH, "Thuyết minh"));
    assertThat(unitTask(instance, TDC)).isNull();
  }

  @Test
  void theStartNeedsAKnownTypeAndAPeriodThatHasBegun() {
    ClockUtil.setCurrentTime(at("2024-11-20T08:00"));
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY, Map.of(LOAI.name(), "khong-co")))
        .hasMessageContaining("Không có loại báo cáo 'khong-co'");
    assertThatThrownBy(() -> runtime.startProcessInstanceByKey(KEY,
        Map.of(LOAI.name(), "kstthc-quy", NGAY_TRONG_KY.name(), "2024-11-21")))
        .hasMessageContaining("Ngày trong kỳ báo cáo không được sau hôm nay");
  }

  @Test
  void theTimerReportsOnEachTypeWhosePeriodEndedYesterday() {
    Job timer = management.createJobQuery().timers().processDefinitionKey(KEY_TIMER).singleResult();
    assertThat(timer.getDuedate()).as("07:30 on the day after the next period's end, from the types file")
        .isEqualTo(Date.from(OffsetDateTime.parse(ReportTimerFunctions.afterAnyPeriodEnds().split("/")[1]).toInstant()));

    // the Văn phòng started the quarter's report by hand on its last day: the timer makes no second one
    ProcessInstance byHand = start("2024-12-01", "2024-12-14T08:00");
    // Sun 15/12/2024: the quarter, the year and the half-year ended yesterday; the month did not
    ClockUtil.setCurrentTime(at("2024-12-15T07:30"));
    management.executeJob(timer.getId());

    List<ProcessInstance> reports = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals(KY_DEN.name(), "2024-12-14").list();
    assertThat(reports).extracting(report -> runtime.getVariable(report.getId(), LOAI.name()))
        .containsExactlyInAnyOrder("kstthc-quy", "kstthc-nam", "nguoi-dung-dau-6-thang");
    ProcessInstance quarter = reports.stream()
        .filter(report -> "kstthc-quy".equals(runtime.getVariable(report.getId(), LOAI.name()))).findFirst().orElseThrow();
    assertThat(quarter.getId()).as("the one started by hand").isEqualTo(byHand.getId());
    assertThat(runtime.getVariable(quarter.getId(), KY_TU.name())).isEqualTo("2024-09-15");
    assertThat(tasks.createTaskQuery().processInstanceId(quarter.getId()).taskDefinitionKey(TASK_UNIT).list())
        .as("Mon 16/12: the 15th is a Sunday").hasSize(3)
        .allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(at("2024-12-16T17:30")));
    reports.forEach(report -> runtime.deleteProcessInstance(report.getId(), "test"));
  }

  @Test
  void eachUnitExplainsItsLateCasesOfThePeriodWithACauseSharedWithTheMonthlyList() throws Exception {
    // Q3 2023 (15/06 to 14/09): QLKH has a step of ours finished late and an imported one-stop
    // dossier resolved late, already explained in a monthly late list; TĐC and BCVT&CĐS have none.
    jdbc.update("insert into kstthc_deadline_outcome (id, kind, process_instance_id, process_definition_key,"
        + " business_key, activity_id, activity_name, unit_id, officer_id, started_at, due_at, due_kind, finished_at,"
        + " status, working_days_late) values ('bc-q3-23-buoc', 'TASK', 'bc-q3-23-hs', 'xu-ly-pakn', 'PAKN-2023-7',"
        + " 'UserTask_PhanLoai', 'Phân loại phản ánh', ?, 'qlkh.giang', ?, ?, 'DAYS', ?, 'TRE_HAN', 2)",
        QLKH, at("2023-07-03T08:00"), at("2023-07-05T17:30"), at("2023-07-07T10:00"));
    dossier(QLKH, "Q3-23-TRE", DossierChannel.TRUC_TIEP, "2023-07-03", "2023-07-10", "2023-07-12", DossierState.DA_GIAI_QUYET);
    LateCaseRef step = LateCaseRef.outcome("bc-q3-23-buoc");
    LateCaseRef oneStop = LateCaseRef.oneStop(QLKH, "Q3-23-TRE");
    // explained before an imported dossier's ref named its unit: by its number, the unit beside it
    explanations.explain(new LateCaseRef(LateCaseRef.Source.MOT_CUA, "Q3-23-TRE"), QLKH, "qua-tai", "Hồ sơ tăng đột biến tháng 7", "qlkh.giang", "danh-sach-thang-7");
    ProcessInstance instance = start("2023-09-01", "2023-09-15T08:00");

    Task qlkh = unitTask(instance, QLKH);
    assertThat(tasks.getVariable(qlkh.getId(), CO_TRE_HAN)).isEqualTo(true);
    assertThat(rows(qlkh, TRE_HAN)).as("its late cases, named as the monthly list names them, with their current explanation")
        .extracting(row -> row.path(NGUON).asText() + "/" + row.path("id").asText() + " " + row.path("hoSo").asText()
            + " " + row.path(NGUYEN_NHAN).asText() + " " + row.path(GIAI_TRINH).asText())
        .containsExactly("QUY_TRINH/bc-q3-23-buoc PAKN-2023-7  ", "MOT_CUA/" + QLKH + "/Q3-23-TRE Q3-23-TRE qua-tai Hồ sơ tăng đột biến tháng 7");
    Task tdc = unitTask(instance, TDC);
    assertThat(tasks.getVariable(tdc.getId(), CO_TRE_HAN)).as("no list shown").isEqualTo(false);
    assertThat(rows(tdc, TRE_HAN)).as("no other unit's rows").isEmpty();
    assertThat(runtime.getVariable(instance.getId(), TRE_HAN)).as("nothing at the process's level").isNull();

    // the step has no cause yet: refused by the form rule (a 400 per field) and by the engine
    assertThat(formRule.check(submitted(qlkh, rows(qlkh, TRE_HAN)), context(qlkh))).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo(TRE_HAN);
      assertThat(error.message()).isEqualTo("Chưa chọn nguyên nhân hoặc chưa ghi nội dung giải trình cho trường hợp"
          + " trễ hạn: PAKN-2023-7 (Phân loại phản ánh).");
    });
    tasks.claim(qlkh.getId(), "qlkh.giang");
    assertThatThrownBy(() -> tasks.complete(qlkh.getId(), Map.of(THUYET_MINH, "Thuyết minh")))
        .hasMessageContaining("PAKN-2023-7 (Phân loại phản ánh)");
    assertThat(explanations.current(step)).isEmpty();

    // the unit gives the step a cause and says something else about the dossier: a correction
    ArrayNode answers = (ArrayNode) rows(qlkh, TRE_HAN);
    ((ObjectNode) answers.get(0)).put(NGUYEN_NHAN, "cham-xu-ly").put(GIAI_TRINH, "Chuyên viên nghỉ ốm");
    ((ObjectNode) answers.get(1)).put(GIAI_TRINH, "Hồ sơ tăng gấp đôi tháng 7");
    assertThat(formRule.check(submitted(qlkh, answers), context(qlkh))).isEmpty();
    tasks.complete(qlkh.getId(), Map.of(THUYET_MINH, "Thuyết minh", TRE_HAN, Spin.JSON(answers.toString())));

    assertThat(explanations.current(step)).get().satisfies(given -> {
      assertThat(List.of(given.version(), given.causeCode(), given.text(), given.explainedBy(), given.processInstanceId()))
          .containsExactly(1, "cham-xu-ly", "Chuyên viên nghỉ ốm", "qlkh.giang", instance.getId());
    });
    assertThat(explanations.history(oneStop)).extracting(Explanation::version, Explanation::text, Explanation::correctionReason)
        .containsExactly(tuple(1, "Hồ sơ tăng đột biến tháng 7", null), tuple(2, "Hồ sơ tăng gấp đôi tháng 7",
            "Đơn vị giải trình lại trong " + runtime.getVariable(instance.getId(), TIEU_DE.name())));

    // a unit without late case submits its narrative alone
    assertThat(formRule.check(JSON.createObjectNode(), context(tdc))).isEmpty();
    tasks.claim(tdc.getId(), "tdc.minh");
    tasks.complete(tdc.getId(), Map.of(THUYET_MINH, "Không có hồ sơ trễ hạn"));
    assertThat(unitTask(instance, TDC)).isNull();
    runtime.deleteProcessInstance(instance.getId(), "test");
  }

  @Test
  void aUnitExplainsTheLateCasesItsTaskWasGivenNotOnesImportedSince() {
    // Q3 2022 (15/06 to 14/09): QLKH has a one-stop dossier resolved late when the report opens
    dossier(QLKH, "Q3-22-TRE", DossierChannel.TRUC_TIEP, "2022-07-04", "2022-07-11", "2022-07-13", DossierState.DA_GIAI_QUYET);
    ProcessInstance instance = start("2022-09-01", "2022-09-15T08:00");
    Task qlkh = unitTask(instance, QLKH);
    // later, an import adds another dossier QLKH resolved late in the quarter: not in its form
    dossier(QLKH, "Q3-22-MUON", DossierChannel.TRUC_TIEP, "2022-08-01", "2022-08-08", "2022-08-10", DossierState.DA_GIAI_QUYET);

    ArrayNode answers = (ArrayNode) rows(qlkh, TRE_HAN);
    assertThat(answers).extracting(row -> row.path("id").asText())
        .containsExactly(LateCaseRef.oneStop(QLKH, "Q3-22-TRE").ref());
    ((ObjectNode) answers.get(0)).put(NGUYEN_NHAN, "qua-tai").put(GIAI_TRINH, "Hồ sơ tăng đột biến tháng 7");
    assertThat(formRule.check(submitted(qlkh, answers), context(qlkh))).as("the case it was given, explained").isEmpty();
    tasks.claim(qlkh.getId(), "qlkh.giang");
    tasks.complete(qlkh.getId(), Map.of(THUYET_MINH, "Thuyết minh", TRE_HAN, Spin.JSON(answers.toString())));
    assertThat(explanations.current(LateCaseRef.oneStop(QLKH, "Q3-22-TRE"))).isPresent();
    assertThat(explanations.current(LateCaseRef.oneStop(QLKH, "Q3-22-MUON")))
        .as("left to the monthly late list or the next report").isEmpty();
    runtime.deleteProcessInstance(instance.getId(), "test");
  }

  @Test
  void aTaskOpenedBeforeTheLateListExistedIsSubmittedWithItsNarrativeAlone() {
    // Q2 2022 (15/03 to 14/06): TĐC has a one-stop dossier resolved late
    dossier(TDC, "Q2-22-TDC", DossierChannel.TRUC_TIEP, "2022-04-04", "2022-04-11", "2022-04-14", DossierState.DA_GIAI_QUYET);
    ProcessInstance instance = start("2022-06-01", "2022-06-15T08:00");
    Task tdc = unitTask(instance, TDC);
    // as the previous release created it: no late list, and its form sends the narrative alone
    runtime.removeVariablesLocal(tdc.getExecutionId(), List.of(TRE_HAN, CO_TRE_HAN, TRE_HAN_CAN_GIAI_TRINH));

    assertThat(formRule.check(JSON.createObjectNode(), context(tdc))).as("no late list to fill").isEmpty();
    tasks.claim(tdc.getId(), "tdc.minh");
    tasks.complete(tdc.getId(), Map.of(THUYET_MINH, "Thuyết minh của Phòng TĐC"));
    assertThat(unitTask(instance, TDC)).isNull();
    assertThat(explanations.current(LateCaseRef.oneStop(TDC, "Q2-22-TDC"))).isEmpty();
    runtime.deleteProcessInstance(instance.getId(), "test");
  }

  @Test
  void theSameReportIsNotStartedTwiceWhileInProgress() {
    ProcessInstance first = start("2023-06-01", "2023-06-15T08:00");
    String caseNumber = runtime.createProcessInstanceQuery().processInstanceId(first.getId()).singleResult().getBusinessKey();

    // the form contract runs the rule as the officer, who may not read the report in progress
    identity.setAuthentication("qlkh.giang", List.of("phong-quan-ly-khoa-hoc"));
    assertThat(startRule.check(startForm("kstthc-quy", "2023-04-20"), null)).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo(NGAY_TRONG_KY.name());
      assertThat(error.message()).isEqualTo("Báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính hằng quý, kỳ từ ngày 15/03/2023 đến ngày 14/06/2023"
          + " đang được lập (hồ sơ " + caseNumber + "): không lập trùng; mở các công việc của báo cáo đó trong Tasklist.");
    });
    identity.clearAuthentication();
    assertThatThrownBy(() -> start("2023-04-20", "2023-06-15T09:00")).hasMessageContaining("không lập trùng");
    assertThat(startRule.check(startForm("kstthc-quy", "2023-06-20"), null)).as("the next quarter").isEmpty();
    assertThat(startRule.check(startForm("kstthc-nam", "2023-04-20"), null)).as("another type").isEmpty();

    runtime.deleteProcessInstance(first.getId(), "test");
    assertThat(startRule.check(startForm("kstthc-quy", "2023-04-20"), null)).as("made again once it has ended").isEmpty();
  }

  ObjectNode startForm(String type, String day) {
    ObjectNode variables = JSON.createObjectNode();
    variables.putObject(LOAI.name()).put("value", type).put("type", "String");
    variables.putObject(NGAY_TRONG_KY.name()).put("value", day).put("type", "String");
    return variables;
  }

  /** The variables a form submits with these late rows, as the form contract hands them to a rule. */
  ObjectNode submitted(Task task, JsonNode lateRows) {
    ObjectNode variables = JSON.createObjectNode();
    variables.putObject(TRE_HAN).put("value", lateRows.toString()).put("type", "Json");
    return variables;
  }

  /** What the form contract gives a rule: the task's current values. */
  FormContract.Context context(Task task) {
    return new FormContract.Context() {
      @Override
      public Object currentValue(String name) {
        return tasks.getVariable(task.getId(), name);
      }

      @Override
      public boolean isWorkingUnit(String groupId, String role) {
        return true;
      }

      @Override
      public LocalDateTime now() {
        return LocalDateTime.now();
      }

      @Override
      public Boolean hidden(String feelCondition, Map<String, Object> data) {
        return null;
      }
    };
  }
}
