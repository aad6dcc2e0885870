package vn.kstthc.report;

import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.DueDateFunctions;
import vn.kstthc.lateness.Explanation;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.lateness.LateCause;
import vn.kstthc.lateness.LateExplanations;
import vn.kstthc.lateness.LatenessException;
import vn.kstthc.organisation.OfficerNames;
import vn.kstthc.organisation.RoleFunctions;
import vn.kstthc.platform.DatabaseLock;
import vn.kstthc.reporting.ReportScope;

/**
 * The steps of {@code bao-cao-kiem-soat-tthc} that need Java, called from the BPMN as {@code
 * ${baoCaoKstthc.method(...)}}: fix the period, the reporting units and the deadlines; give each
 * unit its figures (the report's forms filled for its unit and period: {@link FormFigures}); take
 * its late cases of the period to explain (append-only, {@link LateExplanations}, shared with the
 * monthly late list) and its narrative, refused while an identity of its figures fails or a late
 * case has no cause; give the Văn phòng the Sở's figures. Figures are never typed in the tasks: a wrong figure is corrected in the data it comes
 * from (the one-stop import, manual entry), then the task shows the corrected one.
 */
@Component("baoCaoKstthc")
public class ReportProcessSteps {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** The Sở's working days after the units' due day when its type gives none after it: consolidate, sign, enter. */
  static final int DEPARTMENT_WORKING_DAYS = 3;
  /** A report opened after its units' due day (by hand, or a type without one): the units get this many working days. */
  static final int LATE_START_WORKING_DAYS = 2;

  private final ReportTypes types;
  private final FormTemplates templates;
  private final FormFigures figures;
  private final WorkingDayCalendar calendar;
  private final UnitLateCases lateCases;
  private final LateExplanations explanations;
  private final DatabaseLock locks;

  public ReportProcessSteps(ReportTypes types, FormTemplates templates, FormFigures figures, WorkingDayCalendar calendar,
      UnitLateCases lateCases, LateExplanations explanations, DatabaseLock locks) {
    this.types = types;
    this.templates = templates;
    this.figures = figures;
    this.calendar = calendar;
    this.lateCases = lateCases;
    this.explanations = explanations;
    this.locks = locks;
  }

  /**
   * Fixes what the report is about: the type, the period (of the day chosen; the timer's: the
   * period that ended yesterday), the reporting units and every deadline.
   */
  public void open(DelegateExecution execution) {
    ReportType type = type(LOAI.from(execution));
    LocalDate today = today();
    LocalDate day = today.minusDays(1);
    String chosen = NGAY_TRONG_KY.from(execution);
    if (chosen != null && !chosen.isBlank()) {
      try {
        day = day(chosen);
      } catch (DateTimeParseException e) {
        throw new ProcessEngineException("Ngày trong kỳ báo cáo '" + chosen + "' không đúng dạng năm-tháng-ngày.");
      }
      if (day.isAfter(today)) {
        throw new ProcessEngineException("Ngày trong kỳ báo cáo không được sau hôm nay: chỉ lập báo cáo cho kỳ đã bắt đầu.");
      }
    }
    ReportPeriod period = type.periodOf(day, calendar);
    // Two starts at the same moment (the timer's and one by hand) do not both pass: the second waits
    // on the lock's row, held until the first commits, then finds it.
    Optional<String> twin = locks.withLock(DatabaseLock.REPORT_START,
        () -> inProgress(execution.getProcessEngineServices().getRuntimeService(), type.id(), period));
    if (twin.isPresent()) {
      throw new ProcessEngineException(duplicate(type, period, twin.get()));
    }
    List<String> units = RoleFunctions.vaiTro(type.reportingRole());
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    ArrayNode options = JSON.createArrayNode();
    ArrayNode parts = JSON.createArrayNode();
    for (String unit : units) {
      String name = unitName(identity, unit);
      options.addObject().put("label", name).put("value", unit);
      parts.addObject().put(DON_VI, unit).put("tenDonVi", name).put("trangThai", "Chưa nộp")
          .put(THUYET_MINH, "").put("nguoiNop", "");
    }
    TIEU_DE.set(execution, type.name() + ", kỳ " + period.label());
    KY_TU.set(execution, period.first().toString());
    KY_DEN.set(execution, period.last().toString());
    execution.setVariable(DON_VI_BAO_CAO, Spin.JSON(JSON.valueToTree(units).toString()));
    execution.setVariable(DON_VI_LUA_CHON, Spin.JSON(options.toString()));
    execution.setVariable(PHAN_DON_VI, Spin.JSON(parts.toString()));
    ArrayNode causes = JSON.createArrayNode();
    for (LateCause cause : explanations.causes().offered()) {
      causes.addObject().put("label", cause.label()).put("value", cause.code());
    }
    execution.setVariable(DANH_MUC_NGUYEN_NHAN, Spin.JSON(causes.toString()));
    deadlines(period, today, execution);
  }

  /**
   * The units' day is the type's (seed 000 III.1: the 15th), or {@link #LATE_START_WORKING_DAYS}
   * working days when it has passed or there is none; the Sở's day is the type's (seed 004 PL§10
   * r2: the 19th) when it comes after the units' day, else {@link #DEPARTMENT_WORKING_DAYS} working
   * days after it. Inside the Sở's days: the Văn phòng consolidates by two working days before it,
   * Lãnh đạo signs by the working day before it, neither before the units' day (our division: no
   * source splits them).
   */
  void deadlines(ReportPeriod period, LocalDate today, VariableScope scope) {
    LocalDate units = period.unitsDue();
    if (units == null || units.isBefore(today)) {
      units = calendar.addWorkingDays(today, LATE_START_WORKING_DAYS);
    }
    LocalDate department = period.departmentDue();
    if (department == null || !department.isAfter(units)) {
      department = calendar.addWorkingDays(units, DEPARTMENT_WORKING_DAYS);
    }
    scope.setVariable(HAN_DON_VI, endOf(units));
    scope.setVariable(HAN_TONG_HOP, endOf(latest(units, workingDaysBefore(department, 2))));
    scope.setVariable(HAN_KY, endOf(latest(units, workingDaysBefore(department, 1))));
    scope.setVariable(HAN_BAO_CAO, endOf(department));
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * The report types whose period ended yesterday, for the timer ({@code
   * bao-cao-kiem-soat-tthc-dinh-ky}): one report each, but none for a type whose report of that
   * period is already in progress (started by hand during the period). A timer that fires a day
   * late (the server was down) starts none; the Văn phòng starts it by hand.
   */
  public List<String> typesEndedYesterday(DelegateExecution execution) {
    LocalDate yesterday = today().minusDays(1);
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    return types.all().stream()
        .filter(type -> type.periodOf(yesterday, calendar).last().equals(yesterday))
        .filter(type -> inProgress(runtime, type.id(), type.periodOf(yesterday, calendar)).isEmpty())
        .map(ReportType::id).toList();
  }

  /**
   * The report of this type and period in progress, if one is (its case number, or its id): a
   * second one would ask every unit the same twice. One that has ended may be made again (lập lại).
   */
  static Optional<String> inProgress(RuntimeService runtime, String typeId, ReportPeriod period) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
        .variableValueEquals(LOAI.name(), typeId).variableValueEquals(KY_DEN.name(), period.last().toString())
        .list().stream().findFirst()
        .map(instance -> instance.getBusinessKey() != null ? instance.getBusinessKey() : instance.getId());
  }

  static String duplicate(ReportType type, ReportPeriod period, String caseNumber) {
    return type.name() + ", kỳ " + period.label() + " đang được lập (hồ sơ " + caseNumber
        + "): không lập trùng; mở các công việc của báo cáo đó trong Tasklist.";
  }

  /** The day of the start form's date field ("2024-06-01", or with a time). */
  static LocalDate day(String chosen) {
    String text = chosen.strip();
    return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
  }

  /** The units that report now: all of them, or only the one whose part the Văn phòng returned. */
  public List<String> units(DelegateExecution execution) {
    List<String> all = new ArrayList<>();
    tree(execution.getVariable(DON_VI_BAO_CAO)).forEach(unit -> all.add(unit.asText()));
    if (!TRA_LAI.equals(KET_LUAN_TONG_HOP.from(execution))) {
      return all;
    }
    String returned = DON_VI_TRA_LAI.from(execution);
    if (returned == null || !all.contains(returned)) {
      throw new ProcessEngineException("Chọn đơn vị có phần báo cáo bị trả lại, trong các đơn vị báo cáo.");
    }
    return List.of(returned);
  }

  /**
   * When a unit's task is created: its figures, what does not add up, its late cases each with its
   * current explanation if it has one (given here before, or in a monthly late list), its earlier
   * narrative (a returned part). All local to the unit's execution: no other unit reads them.
   */
  public void openPart(DelegateTask task, String unit) {
    ArrayNode rows = JSON.createArrayNode();
    List<String> failures = new ArrayList<>();
    fill(task.getExecution(), Set.of(unit), rows, failures);
    task.getExecution().setVariableLocal(SO_LIEU, Spin.JSON(rows.toString()));
    task.getExecution().setVariableLocal(LOI_SO_LIEU, String.join("\n", failures));
    task.getExecution().setVariableLocal(THUYET_MINH, part(task.getExecution(), unit).path(THUYET_MINH).asText(""));
    ZoneId zone = calendar.officeHours().zone();
    ArrayNode late = JSON.createArrayNode();
    for (UnitLateCases.LateCase lateCase : lateCases(task.getExecution(), unit)) {
      Optional<Explanation> given = explanations.current(lateCase.ref());
      DateTimeFormatter shown = lateCase.dayOnly() ? SHOWN_DAY : SHOWN;
      late.addObject()
          .put("id", lateCase.ref().ref())
          .put(NGUON, lateCase.ref().source().name())
          .put("loai", lateCase.kind())
          .put("hoSo", Optional.ofNullable(lateCase.dossier()).orElse(""))
          .put("noiDung", Optional.ofNullable(lateCase.what()).orElse(""))
          .put("hanXuLy", shown.format(lateCase.due().atZone(zone)))
          .put("hoanThanh", shown.format(lateCase.finished().atZone(zone)))
          .put("soNgayTre", lateCase.workingDaysLate())
          .put(NGUYEN_NHAN, given.map(Explanation::causeCode).orElse(""))
          .put(GIAI_TRINH, given.map(Explanation::text).orElse(""));
    }
    task.getExecution().setVariableLocal(TRE_HAN, Spin.JSON(late.toString()));
    task.getExecution().setVariableLocal(TRE_HAN_CAN_GIAI_TRINH, Spin.JSON(late.toString()));
    task.getExecution().setVariableLocal(CO_TRE_HAN, !late.isEmpty());
  }

  /**
   * When a unit submits: its figures again (the data may have changed since the task opened), a
   * failing identity refusing the submission, then its late cases explained and its narrative kept
   * in its own part: a variable of its own ({@link BaoCaoKiemSoatTthcProcess#partOf}), never the
   * list of every part, which two units submitting at the same moment would both rewrite (one
   * would get an OptimisticLockingException, a 500). The list is gathered when the Văn phòng's
   * task opens.
   */
  public void submitPart(DelegateTask task, String unit) {
    List<String> failures = problems(task.getExecution(), unit);
    if (!failures.isEmpty()) {
      throw new ProcessEngineException(refusal(failures));
    }
    Object narrative = task.getExecution().getVariableLocal(THUYET_MINH);
    if (narrative == null || narrative.toString().isBlank()) {
      throw new ProcessEngineException("Chưa có thuyết minh của đơn vị.");
    }
    explain(task, unit);
    ObjectNode part = JSON.createObjectNode().put("trangThai", "Đã nộp").put(THUYET_MINH, narrative.toString().strip())
        .put("nguoiNop", officerName(task));
    task.getExecution().getProcessInstance().setVariable(partOf(unit), Spin.JSON(part.toString()));
  }

  /** When the Văn phòng's task is created: the Sở's figures, every reporting unit together, and every unit's part. */
  public void openConsolidation(DelegateTask task) {
    ArrayNode rows = JSON.createArrayNode();
    fill(task.getExecution(), reportingUnits(task.getExecution()), rows, new ArrayList<>());
    task.getExecution().setVariable(SO_LIEU_TONG_HOP, Spin.JSON(rows.toString()));
    ArrayNode parts = (ArrayNode) tree(task.getExecution().getVariable(PHAN_DON_VI));
    for (JsonNode part : parts) {
      Object submitted = task.getExecution().getVariable(partOf(part.path(DON_VI).asText()));
      if (submitted != null) {
        ((ObjectNode) part).setAll((ObjectNode) tree(submitted));
      }
    }
    task.getExecution().setVariable(PHAN_DON_VI, Spin.JSON(parts.toString()));
  }

  /** When Lãnh đạo Sở decides: who, for the signed snapshot. */
  public void recordSigner(DelegateTask task) {
    NGUOI_KY.set(task.getExecution(), officer(task));
  }

  /**
   * The unit's late cases, each explained or corrected as it answers: the cases its task was given
   * when it opened ({@link BaoCaoKiemSoatTthcProcess#TRE_HAN_CAN_GIAI_TRINH}), not read again: a case
   * that became late since (a one-stop import after the task opened) is not in the officer's form and
   * is explained in the monthly late list or the next report. A task opened before the late list
   * existed was given none. Each is matched to its answer by its id; a case without an answer
   * refuses the whole part. An answer that says what the case's explanation already says is not
   * written again.
   */
  private void explain(DelegateTask task, String unit) {
    JsonNode given = tree(task.getExecution().getVariableLocal(TRE_HAN_CAN_GIAI_TRINH));
    JsonNode answers = tree(task.getExecution().getVariableLocal(TRE_HAN));
    List<String> missing = unexplained(given, answers);
    if (!missing.isEmpty()) {
      throw new ProcessEngineException(missingCauses(missing));
    }
    Map<String, JsonNode> byCase = byCase(answers);
    String user = officer(task);
    for (JsonNode lateCase : given) {
      LateCaseRef ref = new LateCaseRef(LateCaseRef.Source.valueOf(lateCase.path(NGUON).asText()), lateCase.path("id").asText());
      JsonNode answer = byCase.get(key(lateCase));
      String cause = answer.path(NGUYEN_NHAN).asText().strip();
      String text = answer.path(GIAI_TRINH).asText().strip();
      try {
        explanations.answer(ref, unit, cause, text,
            "Đơn vị giải trình lại trong " + TIEU_DE.from(task.getExecution()), user, task.getProcessInstanceId());
      } catch (LatenessException e) {
        throw new ProcessEngineException(e.getMessage(), e);
      }
    }
  }

  /** The unit's late cases of the report's period, as now. */
  private List<UnitLateCases.LateCase> lateCases(VariableScope scope, String unit) {
    return lateCases.of(unit, LocalDate.parse(KY_TU.from(scope)), LocalDate.parse(KY_DEN.from(scope)),
        ClockUtil.getCurrentTime().toInstant());
  }

  /**
   * The given cases (rows of the unit's late list) the answers leave without a cause or a line,
   * named as an officer knows them.
   */
  static List<String> unexplained(JsonNode given, JsonNode answers) {
    Map<String, JsonNode> byCase = byCase(answers);
    List<String> missing = new ArrayList<>();
    for (JsonNode lateCase : given) {
      JsonNode answer = byCase.get(key(lateCase));
      if (answer == null || answer.path(NGUYEN_NHAN).asText("").isBlank() || answer.path(GIAI_TRINH).asText("").isBlank()) {
        missing.add(lateCase.path("hoSo").asText() + " (" + lateCase.path("noiDung").asText() + ")");
      }
    }
    return missing;
  }

  static String missingCauses(List<String> missing) {
    return "Chưa chọn nguyên nhân hoặc chưa ghi nội dung giải trình cho trường hợp trễ hạn: "
        + String.join("; ", missing) + ".";
  }

  private static Map<String, JsonNode> byCase(JsonNode answers) {
    Map<String, JsonNode> byCase = new HashMap<>();
    answers.forEach(answer -> byCase.put(key(answer), answer));
    return byCase;
  }

  private static String key(JsonNode row) {
    return row.path(NGUON).asText() + "/" + row.path("id").asText();
  }

  /** What does not add up in a unit's figures for the report's period (empty: it may submit). */
  public List<String> problems(VariableScope scope, String unit) {
    return problems(LOAI.from(scope), KY_DEN.from(scope), unit);
  }

  /** The same, from the case's report type and the period's last day (yyyy-MM-dd). */
  public List<String> problems(String typeId, String lastDay, String unit) {
    List<String> failures = new ArrayList<>();
    fill(typeId, lastDay, Set.of(unit), JSON.createArrayNode(), failures);
    return failures;
  }

  static String refusal(List<String> failures) {
    return "Chưa thể nộp báo cáo: số liệu chưa khớp. " + String.join(" ", failures)
        + " Hãy sửa dữ liệu hồ sơ (nhập từ hệ thống một cửa hoặc nhập tay) rồi nộp lại.";
  }

  /** The report's type, period and forms as the case fixed them, for the signing delegate. */
  ReportType type(VariableScope scope) {
    return type(LOAI.from(scope));
  }

  ReportPeriod period(VariableScope scope) {
    return period(LOAI.from(scope), KY_DEN.from(scope));
  }

  private ReportPeriod period(String typeId, String lastDay) {
    return type(typeId).periodOf(LocalDate.parse(lastDay), calendar);
  }

  List<FormTemplate> forms(ReportType type) {
    return type.forms().stream()
        .map(id -> templates.template(id).orElseThrow(() -> new ProcessEngineException("Không có biểu mẫu '" + id + "'.")))
        .toList();
  }

  Set<String> reportingUnits(VariableScope scope) {
    Set<String> units = new LinkedHashSet<>();
    tree(scope.getVariable(DON_VI_BAO_CAO)).forEach(unit -> units.add(unit.asText()));
    return units;
  }

  /** Each form of the report filled for the units: one row per level and field, then the total. */
  private void fill(VariableScope scope, Set<String> units, ArrayNode rows, List<String> failures) {
    fill(LOAI.from(scope), KY_DEN.from(scope), units, rows, failures);
  }

  private void fill(String typeId, String lastDay, Set<String> units, ArrayNode rows, List<String> failures) {
    ReportPeriod period = period(typeId, lastDay);
    for (FormTemplate template : forms(type(typeId))) {
      FormReport report = figures.fill(template, ReportScope.ofUnits(units), period);
      List<FormReport.Row> all = new ArrayList<>(report.rows());
      all.add(report.total());
      for (FormReport.Row row : all) {
        ObjectNode shown = rows.addObject().put("bieu", template.id()).put("dong", row.label());
        template.columns().forEach(column -> shown.put(fieldKey(column.key()), row.cell(column.key())));
      }
      report.identityFailures().forEach(failure -> failures.add("Biểu " + template.id() + ", " + failure));
    }
  }

  /** A template's column key as a form field's key: "nhan-truc-tuyen" → "nhanTrucTuyen" (FEEL reads no hyphen). */
  static String fieldKey(String column) {
    StringBuilder key = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        key.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return key.toString();
  }

  ReportType type(String id) {
    if (id == null || id.isBlank()) {
      throw new ProcessEngineException("Chưa chọn loại báo cáo.");
    }
    return types.type(id.strip())
        .orElseThrow(() -> new ProcessEngineException("Không có loại báo cáo '" + id + "' trong tệp loại báo cáo."));
  }

  private JsonNode part(VariableScope scope, String unit) {
    Object submitted = scope.getVariable(partOf(unit));
    return submitted == null ? JSON.createObjectNode() : tree(submitted);
  }

  private LocalDate workingDaysBefore(LocalDate day, int n) {
    LocalDate before = day;
    for (int i = 0; i < n; i++) {
      before = before.minusDays(1);
      while (!calendar.isWorkingDay(before)) {
        before = before.minusDays(1);
      }
    }
    return before;
  }

  /** The end of office hours of a working day, judged by the day ({@link vn.kstthc.deadline.DueDay}). */
  private static Date endOf(LocalDate workingDay) {
    return DueDateFunctions.calendarDaysBefore(workingDay, 0);
  }

  private LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(calendar.officeHours().zone()).toLocalDate();
  }

  private static String officer(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      return user.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "";
  }

  /** The officer's full name, for the parts the Văn phòng and Lãnh đạo read; the id when unknown. */
  private static String officerName(DelegateTask task) {
    return OfficerNames.of(task.getProcessEngineServices().getIdentityService(), officer(task));
  }


  private static String unitName(IdentityService identity, String unitId) {
    Group group = identity.createGroupQuery().groupId(unitId).singleResult();
    return group == null || group.getName() == null ? unitId : group.getName();
  }

  private static JsonNode tree(Object value) {
    if (value == null) {
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(value instanceof List<?> ? JSON.writeValueAsString(value) : value.toString());
    } catch (IOException e) {
      throw new ProcessEngineException("Dữ liệu báo cáo không đọc được: " + e.getMessage(), e);
    }
  }
}
