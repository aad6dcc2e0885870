package vn.kstthc.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.form.FieldError;

/** A late list started by hand is for a month that is over: a Vietnamese 400, not an engine error. */
class LateListStartRuleTest {

  final LateListStartRule rule = new LateListStartRule(WorkingDayCalendar.standard());

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @Test
  void onlyAPastMonth() {
    // 01/12/2026 00:30 in Hà Nội is still 30/11 in UTC: the month is the office's
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2026-12-01T00:30:00+07:00").toInstant()));

    assertThat(rule.check(month("2026-11"), null)).isEmpty();
    assertThat(rule.check(month("2026-12"), null)).extracting(FieldError::message)
        .containsExactly("Trường 'Tháng' phải là một tháng đã qua (trước tháng 12/2026).");
    assertThat(rule.check(month("2027-01"), null)).hasSize(1);
  }

  static ObjectNode month(String value) {
    ObjectNode variables = new ObjectMapper().createObjectNode();
    variables.putObject("thang").put("value", value).put("type", "String");
    return variables;
  }
}
