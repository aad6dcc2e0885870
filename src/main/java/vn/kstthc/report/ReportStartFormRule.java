package vn.kstthc.report;

import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.LOAI;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.NGAY_TRONG_KY;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.form.FieldError;
import vn.kstthc.form.FormContract;
import vn.kstthc.form.FormRule;

/**
 * A report started by hand while the same report (type and period) is in progress is refused in
 * Vietnamese, as a plain 400 from the start form; the process's first step refuses the same for
 * other callers, and the timer leaves such a type out.
 */
@Component
class ReportStartFormRule implements FormRule {

  static final String LABEL = "Một ngày trong kỳ báo cáo";

  private final ReportTypes types;
  private final WorkingDayCalendar calendar;
  private final ProcessEngine engine;

  ReportStartFormRule(ReportTypes types, WorkingDayCalendar calendar, ProcessEngine engine) {
    this.types = types;
    this.calendar = calendar;
    this.engine = engine;
  }

  @Override
  public String formId() {
    return BaoCaoKiemSoatTthcProcess.FORM_START;
  }

  @Override
  public List<FieldError> check(ObjectNode variables, FormContract.Context context) {
    Optional<ReportType> type = types.type(variables.path(LOAI.name()).path("value").asText("").strip());
    String chosen = variables.path(NGAY_TRONG_KY.name()).path("value").asText("");
    if (type.isEmpty() || chosen.isBlank()) {
      return List.of(); // the fields' own checks refuse them
    }
    ReportPeriod period;
    try {
      period = type.get().periodOf(ReportProcessSteps.day(chosen), calendar);
    } catch (DateTimeParseException e) {
      return List.of();
    }
    return inProgress(type.get(), period)
        .map(caseNumber -> List.of(new FieldError(NGAY_TRONG_KY.name(), LABEL,
            ReportProcessSteps.duplicate(type.get(), period, caseNumber))))
        .orElse(List.of());
  }

  /**
   * Looked up without the officer's authorizations: the form contract runs as the officer, who
   * may start a report without being allowed to read the one in progress (a query would then
   * find nothing and let the duplicate through to the engine's error, a 500).
   */
  private Optional<String> inProgress(ReportType type, ReportPeriod period) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(commandContext -> {
          commandContext.disableAuthorizationCheck();
          try {
            return ReportProcessSteps.inProgress(engine.getRuntimeService(), type.id(), period);
          } finally {
            commandContext.enableAuthorizationCheck();
          }
        });
  }
}
