package vn.kstthc.report;

import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.LOAI;
import static vn.kstthc.report.BaoCaoKiemSoatTthcProcess.NGAY_TRONG_KY;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
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
  private final RuntimeService runtime;

  ReportStartFormRule(ReportTypes types, WorkingDayCalendar calendar, RuntimeService runtime) {
    this.types = types;
    this.calendar = calendar;
    this.runtime = runtime;
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
    return ReportProcessSteps.inProgress(runtime, type.get().id(), period)
        .map(caseNumber -> List.of(new FieldError(NGAY_TRONG_KY.name(), LABEL,
            ReportProcessSteps.duplicate(type.get(), period, caseNumber))))
        .orElse(List.of());
  }
}
