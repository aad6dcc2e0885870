package vn.kstthc.supervision;

import static vn.kstthc.supervision.DanhSachTreHanProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.variable.Variables;
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
import vn.kstthc.supervision.LateListRecords.ListedCase;
import vn.kstthc.supervision.LateListRecords.ListedRate;

/**
 * The steps of {@code danh-sach-tre-han} that need Java, called from the BPMN as {@code
 * ${danhSachTreHan.method(...)}}: assemble the month's late work and each unit's on-time rate
 * (kept in {@link LateListRecords}), give each unit its rows, record its explanations
 * (append-only, {@link LateExplanations}), give the Văn phòng the whole list, and write the
 * published workbook.
 */
@Component("danhSachTreHan")
public class LateListSteps {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  static final DateTimeFormatter SHOWN_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** A row's source: {@link LateCaseRef.Source}, QUY_TRINH (our outcome records) or MOT_CUA. */
  static final String NGUON = "nguon";
  /**
   * What the public page shows of a late case: the officer's name and unit, no other personal
   * data (no user id, no case number, no free-text explanation, which may name a citizen).
   */
  static final List<String> PUBLIC_COLUMNS = List.of(
      "tenDonVi", "tenCanBo", "loai", "quyTrinh", "buoc", "hanXuLy", "hoanThanh", "soNgayTre", "nguyenNhan");
  static final List<String> PUBLIC_UNIT_COLUMNS = List.of("tenDonVi", "soViec", "soTreHan", "tyLeDungHan", "duoi95");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MonthlyLateWork monthly;
  private final LateExplanations explanations;
  private final WorkingDayCalendar calendar;
  private final LateListRecords records;

  public LateListSteps(
      MonthlyLateWork monthly, LateExplanations explanations, WorkingDayCalendar calendar, LateListRecords records) {
    this.monthly = monthly;
    this.explanations = explanations;
    this.calendar = calendar;
    this.records = records;
  }

  /**
   * The month's list, kept as evidence in {@link LateListRecords} under the process instance's id:
   * every late row with its unit's, its process's and its officer's names, and the rates per unit.
   * The case's variables get only what every participant may read: the month, the causes to choose
   * from, whether anyone was late and the two deadlines ({@link #HAN_GIAI_TRINH}, {@link
   * #HAN_CONG_BO}); an officer reads every variable of the case through his own task.
   */
  public void assemble(DelegateExecution execution) {
    ZoneId zone = calendar.officeHours().zone();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    YearMonth current = YearMonth.from(now.atZone(zone));
    YearMonth month = month(THANG.from(execution), current);
    MonthlyLateWork.Month data = monthly.read(month, now);
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
    Map<String, String> unitNames = new LinkedHashMap<>();
    List<ListedCase> cases = new ArrayList<>();
    for (LateWork work : data.late()) {
      cases.add(new ListedCase(work, work.oneStop() ? work.stepName() : processName(repository, work.processKey()),
          unitName(identity, unitNames, work.unitId()), OfficerNames.of(identity, work.officerId())));
    }
    List<ListedRate> rates = new ArrayList<>();
    for (UnitRate rate : data.rates()) {
      rates.add(new ListedRate(rate, unitName(identity, unitNames, rate.unitId())));
    }
    records.save(execution.getProcessInstanceId(), month, now, cases, rates);
    ArrayNode options = JSON.createArrayNode();
    for (LateCause cause : explanations.causes().offered()) {
      options.add(JSON.createObjectNode().put("label", cause.label()).put("value", cause.code()));
    }
    Date publishBy = publishBy();
    THANG.set(execution, month.toString());
    TIEU_DE.set(execution, title(month));
    CO_TRE_HAN.set(execution, !cases.isEmpty());
    execution.setVariable(NGUYEN_NHAN_OPTIONS, Spin.JSON(options.toString()));
    execution.setVariable(HAN_CONG_BO, publishBy);
    execution.setVariable(HAN_GIAI_TRINH, DueDateFunctions.calendarDaysBefore(publishBy, 1));
  }

  /** The units with late rows, for the multi-instance: one explanation task each. */
  public List<String> units(DelegateExecution execution) {
    return records.units(list(execution));
  }

  /**
   * The list a step works on: the one a unit's explanation case explains, or the case's own. A
   * list of the previous version is stored first ({@link LegacyLateList}).
   */
  private String list(DelegateExecution execution) {
    String called = DANH_SACH.from(execution);
    if (called != null) {
      return called;
    }
    if (LegacyLateList.pending(execution, records)) {
      LegacyLateList.store(execution, records, calendar.officeHours().zone());
    }
    return execution.getProcessInstanceId();
  }

  /**
   * When a unit's task is created, in its own explanation case: its rows, and no other unit's, each
   * with its current explanation if it has one (given in an earlier list or report).
   */
  public void openExplanation(DelegateTask task, String unit) {
    ArrayNode mine = JSON.createArrayNode();
    for (ListedCase listed : records.casesOf(list(task.getExecution()), unit)) {
      Optional<Explanation> given = explanations.current(listed.work().lateCase());
      mine.add(row(listed)
          .put("nguyenNhan", given.map(Explanation::causeCode).orElse(""))
          .put("giaiTrinh", given.map(Explanation::text).orElse("")));
    }
    task.getExecution().setVariableLocal(TRUONG_HOP, Spin.JSON(mine.toString()));
  }

  /**
   * When a unit submits: each of its rows is explained, or corrected if it already was and the
   * unit now says something else. The evidence is the list as assembled, never what came back; a
   * row without cause or text refuses the whole answer.
   */
  public void submitExplanation(DelegateTask task, String unit) {
    // The form contract stores only the columns the unit fills (read-only ones are not written
    // again), so a row is matched by its place: the list has no row added or removed.
    List<JsonNode> submitted = new ArrayList<>();
    tree(task.getExecution().getVariableLocal(TRUONG_HOP)).forEach(submitted::add);
    String user = officer(task);
    // the explanation is given in the list (an explanation case ends with it)
    String instance = list(task.getExecution());
    List<String> missing = new ArrayList<>();
    int place = 0;
    for (ListedCase listed : records.casesOf(instance, unit)) {
      JsonNode answer = place < submitted.size() ? submitted.get(place) : null;
      place++;
      String cause = answer == null ? "" : answer.path("nguyenNhan").asText("").strip();
      String text = answer == null ? "" : answer.path("giaiTrinh").asText("").strip();
      LateWork work = listed.work();
      if (cause.isEmpty() || text.isEmpty()) {
        missing.add(Optional.ofNullable(work.businessKey()).orElse("") + " (" + step(work) + ")");
        continue;
      }
      try {
        explanations.answer(work.lateCase(), unit, cause, text,
            "Đơn vị giải trình lại trong " + TIEU_DE.from(task.getExecution()).toLowerCase(), user, instance);
      } catch (LatenessException e) {
        throw new ProcessEngineException(e.getMessage(), e);
      }
    }
    if (!missing.isEmpty()) {
      throw new ProcessEngineException("Chưa chọn nguyên nhân hoặc chưa ghi nội dung giải trình cho: "
          + String.join("; ", missing) + ".");
    }
  }

  /**
   * When the Văn phòng's publication task is created: the whole list with the explanations given,
   * and the rates per unit, local to the task (only the Văn phòng reads them before publication).
   */
  public void openPublication(DelegateTask task) {
    String list = task.getProcessInstanceId();
    task.setVariableLocal(TRE_HAN, Spin.JSON(JSON.valueToTree(published(list)).toString()));
    task.setVariableLocal(TONG_HOP, Spin.JSON(JSON.valueToTree(rates(list)).toString()));
  }

  /**
   * The published list as a workbook and a printable PDF, kept in the case as files; and what the public page shows
   * of it ({@link #CONG_KHAI}), as published: a later correction does not rewrite a past list.
   */
  public void export(DelegateExecution execution) {
    String list = list(execution);
    List<JsonNode> rows = published(list);
    ArrayNode publicRows = JSON.createArrayNode();
    for (JsonNode published : rows) {
      ObjectNode shown = publicRows.addObject();
      PUBLIC_COLUMNS.forEach(column -> shown.set(column, published.get(column)));
    }
    List<JsonNode> units = rates(list);
    ArrayNode publicUnits = JSON.createArrayNode();
    for (JsonNode unit : units) {
      ObjectNode shown = publicUnits.addObject();
      PUBLIC_UNIT_COLUMNS.forEach(column -> shown.set(column, unit.get(column)));
    }
    ObjectNode publication = JSON.createObjectNode()
        .put("thang", THANG.from(execution))
        .put("tieuDe", TIEU_DE.from(execution))
        .put("ngayCongBo", SHOWN_DAY.format(ClockUtil.getCurrentTime().toInstant().atZone(calendar.officeHours().zone())));
    publication.set("truongHop", publicRows);
    publication.set("donVi", publicUnits);
    execution.setVariable(CONG_KHAI, Spin.JSON(publication.toString()));
    byte[] workbook = LateListWorkbook.write(TIEU_DE.from(execution), rows, units);
    execution.setVariable(TEP_DANH_SACH, Variables.fileValue("danh-sach-tre-han-" + THANG.from(execution) + ".xlsx")
        .file(workbook)
        .mimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .create());
    execution.setVariable(TEP_DANH_SACH_PDF, Variables.fileValue("danh-sach-tre-han-" + THANG.from(execution) + ".pdf")
        .file(LateListPdf.write(TIEU_DE.from(execution), rows, units))
        .mimeType("application/pdf")
        .create());
  }

  /**
   * A draft of a list not yet published, as it would be published now (the explanations given so
   * far), for the Văn phòng checking it: "Dự thảo" in the title, never kept.
   */
  byte[] draft(String list, YearMonth month, boolean pdf) {
    String title = title(month) + " (Dự thảo, chưa công bố)";
    List<JsonNode> rows = published(list);
    List<JsonNode> units = rates(list);
    return pdf ? LateListPdf.write(title, rows, units) : LateListWorkbook.write(title, rows, units);
  }

  /** The month as the list's title says it: "Danh sách trễ hạn tháng 11/2026". */
  static String title(YearMonth month) {
    return "Danh sách trễ hạn tháng " + month.getMonthValue() + "/" + month.getYear();
  }

  /** Every row of the list with the officer's name and the current cause, or "Không có giải trình". */
  private List<JsonNode> published(String list) {
    List<JsonNode> rows = new ArrayList<>();
    for (ListedCase listed : records.cases(list)) {
      Optional<Explanation> given = explanations.current(listed.work().lateCase());
      rows.add(row(listed)
          .put("tenCanBo", Optional.ofNullable(listed.officerName()).orElse(""))
          .put("nguyenNhan", given.map(Explanation::causeLabel).orElse(KHONG_CO_GIAI_TRINH))
          .put("giaiTrinh", given.map(Explanation::text).orElse("")));
    }
    return rows;
  }

  private List<JsonNode> rates(String list) {
    List<JsonNode> units = new ArrayList<>();
    for (ListedRate listed : records.rates(list)) {
      UnitRate rate = listed.rate();
      units.add(JSON.createObjectNode()
          .put(DON_VI, rate.unitId())
          .put("tenDonVi", listed.unitName())
          .put("soViec", rate.judged())
          .put("soTreHan", rate.late())
          .put("tyLeDungHan", rate.percent())
          .put("duoi95", rate.flagged() ? "Dưới 95%" : ""));
    }
    return units;
  }

  /** A row as the forms and the workbook show it. */
  private ObjectNode row(ListedCase listed) {
    LateWork work = listed.work();
    ZoneId zone = calendar.officeHours().zone();
    return JSON.createObjectNode()
        .put("id", work.lateCase().ref())
        .put(NGUON, work.lateCase().source().name())
        .put("loai", work.oneStop() ? "Hồ sơ TTHC (một cửa)" : work.dossier() ? "Hồ sơ" : "Bước xử lý")
        .put("quyTrinh", listed.processName())
        .put("hoSo", Optional.ofNullable(work.businessKey()).orElse(""))
        .put("buoc", step(work))
        .put(DON_VI, Optional.ofNullable(work.unitId()).orElse(""))
        .put("tenDonVi", listed.unitName())
        .put("canBo", Optional.ofNullable(work.officerId()).orElse(""))
        .put("hanXuLy", shown(work.dueAt(), zone, work.oneStop()))
        .put("hoanThanh", shown(work.finishedAt(), zone, work.oneStop()))
        .put("soNgayTre", work.workingDaysLate());
  }

  private static String step(LateWork work) {
    return work.dossier() ? "Toàn bộ hồ sơ" : Optional.ofNullable(work.stepName()).orElse("");
  }

  /**
   * The 5th of this month (seed 004 PL§3 r4; a day off: the next working day), or, when the list
   * starts too late for it (a start by hand, a first working day near the 5th), 2 working days
   * after the start: the units need one working day to explain, the Văn phòng one to publish.
   */
  Date publishBy() {
    Date fifth = DueDateFunctions.dayOfMonth(5);
    Date twoDays = DueDateFunctions.earlierOf("P2D", null);
    return fifth.before(twoDays) ? twoDays : fifth;
  }

  private static YearMonth month(String chosen, YearMonth current) {
    if (chosen == null || chosen.isBlank()) {
      return current.minusMonths(1);
    }
    YearMonth month;
    try {
      month = YearMonth.parse(chosen.strip());
    } catch (DateTimeParseException e) {
      throw new ProcessEngineException("Tháng '" + chosen + "' không đúng dạng năm-tháng (ví dụ 2026-11).");
    }
    if (!month.isBefore(current)) {
      throw new ProcessEngineException("Chỉ lập danh sách trễ hạn cho một tháng đã qua (trước tháng "
          + current.getMonthValue() + "/" + current.getYear() + ").");
    }
    return month;
  }

  private static String officer(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      return user.getUserId();
    }
    return task.getAssignee() != null ? task.getAssignee() : "don-vi:" + task.getExecution().getVariable(DON_VI);
  }

  private static String unitName(IdentityService identity, Map<String, String> names, String unitId) {
    if (unitId == null) {
      return "";
    }
    return names.computeIfAbsent(unitId, id -> {
      Group group = identity.createGroupQuery().groupId(id).singleResult();
      return group == null || group.getName() == null ? id : group.getName();
    });
  }

  private static String processName(RepositoryService repository, String key) {
    ProcessDefinition definition =
        repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    return definition == null || definition.getName() == null ? key : definition.getName();
  }

  /** A one-stop dossier is known by the day only: its time would be made up. */
  private static String shown(Instant instant, ZoneId zone, boolean dayOnly) {
    return instant == null ? "" : (dayOnly ? SHOWN_DAY : SHOWN).format(instant.atZone(zone));
  }

  private static JsonNode tree(Object value) {
    if (value == null) {
      return JSON.createArrayNode();
    }
    try {
      return JSON.readTree(value instanceof List<?> ? JSON.writeValueAsString(value) : value.toString());
    } catch (IOException e) {
      throw new ProcessEngineException("Danh sách trễ hạn không đọc được: " + e.getMessage(), e);
    }
  }
}
