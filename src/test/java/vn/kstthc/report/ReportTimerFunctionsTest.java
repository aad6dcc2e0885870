package vn.kstthc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;
import vn.kstthc.calendar.WorkingDayCalendar;

/** The timer of the report types: 07:30 on the day after each of its periods ends, from the shipped types file. */
class ReportTimerFunctionsTest {

  static final ReportTypes TYPES = ReportTypes.read(new ClassPathResource("reports/loai-bao-cao.yaml"));

  @BeforeEach
  void types() {
    ReportTimerFunctions.use(TYPES, WorkingDayCalendar.standard());
  }

  @AfterEach
  void clock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "kstthc-quy, 2026-11-20T10:00, 2026-12-15T07:30",
    "kstthc-quy, 2026-12-15T07:00, 2026-12-15T07:30", // before it fires: today
    "kstthc-quy, 2026-12-15T07:30, 2027-03-15T07:30", // when it fires: the next quarter's
    "kstthc-nam, 2026-12-15T07:30, 2027-12-15T07:30",
    "cchc-thang, 2026-02-25T10:00, 2026-03-21T07:30",
    "nguoi-dung-dau-6-thang, 2026-07-01T10:00, 2026-12-15T07:30"
  })
  void eachTypeStartsTheDayAfterItsPeriodEnds(String type, String now, String start) {
    assertThat(ReportTimerFunctions.nextStart(TYPES.type(type).orElseThrow(), at(now))).isEqualTo(at(start));
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2026-11-20T10:00, R/2026-11-21T07:30+07:00/P1D", // the monthly report's period ends on the 20th
    "2026-12-14T10:00, R/2026-12-15T07:30+07:00/P1D", // the quarter, the year and the half-year end on 14/12
    "2026-12-15T07:30, R/2026-12-21T07:30+07:00/P1D"
  })
  void theTimerFiresAfterTheFirstPeriodOfAnyTypeToEnd(String now, String cycle) {
    ClockUtil.setCurrentTime(Date.from(at(now).toInstant()));
    assertThat(ReportTimerFunctions.afterAnyPeriodEnds()).isEqualTo(cycle);
  }

  static ZonedDateTime at(String local) {
    return ZonedDateTime.parse(local + "+07:00[Asia/Ho_Chi_Minh]");
  }
}
