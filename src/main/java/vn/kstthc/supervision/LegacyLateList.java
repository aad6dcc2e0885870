package vn.kstthc.supervision;

import static vn.kstthc.supervision.DanhSachTreHanProcess.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.organisation.OfficerNames;
import vn.kstthc.supervision.LateListRecords.ListedCase;
import vn.kstthc.supervision.LateListRecords.ListedRate;

/**
 * A list assembled by danh-sach-tre-han version 1 (before the lists were kept in {@link
 * LateListRecords}), still running at the upgrade: it kept the whole list in the case's variables
 * {@code treHan} and {@code tongHopDonVi}. The first step of the new code that reaches it stores
 * that list in the tables, under the case's id, as version 1 assembled it; the case then goes on
 * as a new one. Version 1's rows carry no process key and show the times as text: the times are
 * read back in the office's zone, the process key stays empty.
 */
final class LegacyLateList {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LegacyLateList() {}

  /** Whether the case is a version 1 list not yet stored. */
  static boolean pending(DelegateExecution execution, LateListRecords records) {
    return execution.hasVariable(TRE_HAN) && !records.exists(execution.getProcessInstanceId());
  }

  /**
   * Stores the case's list. Two units answering the first at once both try: the second insert is
   * refused by the list's primary key and the officer asked, in Vietnamese, to complete again (the
   * transaction is rolled back whole), as any concurrent completion in one case.
   */
  static void store(DelegateExecution execution, LateListRecords records, ZoneId zone) {
    var identity = execution.getProcessEngineServices().getIdentityService();
    List<ListedCase> cases = new ArrayList<>();
    for (JsonNode row : tree(execution.getVariable(TRE_HAN))) {
      boolean dossier = !"Bước xử lý".equals(row.path("loai").asText());
      String unit = blankToNull(row.path(DON_VI).asText());
      LateCaseRef lateCase = lateCase(row, unit);
      boolean oneStop = lateCase.source() == LateCaseRef.Source.MOT_CUA;
      String officer = blankToNull(row.path("canBo").asText());
      LateWork work = new LateWork(lateCase, dossier, null, blankToNull(row.path("hoSo").asText()),
          // version 1 showed an imported dossier's TTHC as its process and a dossier's step as "Toàn bộ hồ sơ"
          oneStop ? row.path("quyTrinh").asText() : dossier ? null : blankToNull(row.path("buoc").asText()),
          unit, officer, instant(row.path("hanXuLy").asText(), zone),
          instant(row.path("hoanThanh").asText(), zone), row.path("soNgayTre").asInt());
      cases.add(new ListedCase(work, row.path("quyTrinh").asText(), row.path("tenDonVi").asText(),
          OfficerNames.of(identity, officer)));
    }
    List<ListedRate> rates = new ArrayList<>();
    for (JsonNode unit : tree(execution.getVariable(TONG_HOP))) {
      int judged = unit.path("soViec").asInt();
      rates.add(new ListedRate(new UnitRate(unit.path(DON_VI).asText(), judged, judged - unit.path("soTreHan").asInt()),
          unit.path("tenDonVi").asText()));
    }
    try {
      records.save(execution.getProcessInstanceId(), YearMonth.parse(THANG.from(execution)),
          assembledAt(execution), cases, rates);
    } catch (DuplicateKeyException e) {
      throw new ProcessEngineException("Một đơn vị khác vừa giải trình cùng lúc trong danh sách này: "
          + "hãy bấm \"Hoàn thành\" lại.", e);
    }
  }

  /** Version 1 assembled its list in the transaction that started the case. */
  private static Instant assembledAt(DelegateExecution execution) {
    HistoricProcessInstance started = execution.getProcessEngineServices().getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(execution.getProcessInstanceId()).singleResult();
    return (started == null ? ClockUtil.getCurrentTime() : started.getStartTime()).toInstant();
  }

  /** "dd/MM/yyyy HH:mm", or "dd/MM/yyyy" for an imported dossier (the start of that day). */
  private static Instant instant(String shown, ZoneId zone) {
    if (shown.isBlank()) {
      return null;
    }
    return shown.length() > 10
        ? LocalDateTime.parse(shown, LateListSteps.SHOWN).atZone(zone).toInstant()
        : LocalDate.parse(shown, LateListSteps.SHOWN_DAY).atStartOfDay(zone).toInstant();
  }

  /** Rows assembled before imported dossiers were listed have no source; version 1 named a dossier by its number. */
  private static LateCaseRef lateCase(JsonNode row, String unit) {
    String ref = row.path("id").asText();
    return LateCaseRef.Source.MOT_CUA.name().equals(row.path(LateListSteps.NGUON).asText())
        ? LateCaseRef.oneStop(unit, ref) : LateCaseRef.outcome(ref);
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  private static JsonNode tree(Object value) {
    try {
      return value == null ? JSON.createArrayNode() : JSON.readTree(value.toString());
    } catch (IOException e) {
      throw new ProcessEngineException("Danh sách trễ hạn không đọc được: " + e.getMessage(), e);
    }
  }
}
