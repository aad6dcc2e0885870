package vn.kstthc.supervision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.form.FieldError;
import vn.kstthc.form.FormContract;
import vn.kstthc.form.FormRule;

/**
 * The month a late list is started for by hand must be over: refused as a plain 400 in Vietnamese
 * from the start form (the process's first step checks the same for other callers, as an engine
 * error).
 */
@Component
class LateListStartRule implements FormRule {

  static final String FORM = "danh-sach-tre-han-khoi-tao";
  static final String LABEL = "Tháng";

  private final WorkingDayCalendar calendar;

  LateListStartRule(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public String formId() {
    return FORM;
  }

  @Override
  public List<FieldError> check(ObjectNode variables, FormContract.Context context) {
    String chosen = variables.path(DanhSachTreHanProcess.THANG.name()).path("value").asText("");
    if (chosen.isBlank()) {
      return List.of();
    }
    YearMonth current = YearMonth.from(ClockUtil.getCurrentTime().toInstant().atZone(calendar.officeHours().zone()));
    try {
      if (YearMonth.parse(chosen.strip()).isBefore(current)) {
        return List.of();
      }
    } catch (DateTimeParseException e) {
      return List.of(); // the field's pattern has refused it already
    }
    return List.of(new FieldError(DanhSachTreHanProcess.THANG.name(), LABEL, "Trường 'Tháng' phải là một tháng đã qua"
        + " (trước tháng " + current.getMonthValue() + "/" + current.getYear() + ")."));
  }
}
