package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-checked against the 2026 schedule (holidays-2026.yaml): Tết off Sat 14/02 to Sun 22/02,
 * 30/4-1/5 off Thu 30/04 to Sun 03/05, Quốc khánh off Sat 29/08 to Wed 02/09, Tết Dương lịch
 * 01-04/01. A calendar date that is a day off moves to the next working day (Bộ luật Dân sự art.
 * 148), except "N days before", which moves to the working day before.
 */
class DueDateFunctionsTest {

  static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static void today(String date) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(date + "T10:00+07:00[Asia/Ho_Chi_Minh]").toInstant()));
  }

  static Date at(String localDateTime) {
    return Date.from(ZonedDateTime.parse(localDateTime + "+07:00[Asia/Ho_Chi_Minh]").toInstant());
  }

  @ParameterizedTest(name = "on {0}, day {1} of the month = {2}")
  @CsvSource({
    "2026-06-02, 19, 2026-06-19T17:30", // a Friday: that day
    "2026-02-10, 15, 2026-02-23T17:30", // Sun 15/02 in Tết: Mon 23/02
    "2026-02-03, 19, 2026-02-23T17:30", // mùng 3 Tết
    "2026-04-03, 30, 2026-05-04T17:30", // 30/4, 1/5 and the weekend
    "2026-05-20, 1, 2026-05-04T17:30", // this month even when past
    "2026-05-20, 5, 2026-05-05T17:30", // the late list, by the 5th
    "2026-02-01, 31, 2026-03-02T17:30", // Feb has 28 days; Sat 28/02 -> Mon 02/03
    "2026-11-10, 15, 2026-11-16T17:30" // a Sunday
  })
  void dayOfMonth(String today, int day, String expected) {
    today(today);
    Date due = DueDateFunctions.dayOfMonth(day);
    assertThat(due).isEqualTo(at(expected)).isInstanceOf(DueDay.class);
  }

  @ParameterizedTest(name = "on {0}, day {1} of the quarter's last month = {2}")
  @CsvSource({
    "2026-01-20, 15, 2026-03-16T17:30", // Sun 15/03
    "2026-01-20, 19, 2026-03-19T17:30",
    "2026-03-31, 15, 2026-03-16T17:30",
    "2026-04-01, 15, 2026-06-15T17:30",
    "2026-05-05, 19, 2026-06-19T17:30",
    "2026-09-30, 19, 2026-09-21T17:30", // Sat 19/09
    "2026-07-01, 15, 2026-09-15T17:30",
    "2026-12-31, 15, 2026-12-15T17:30"
  })
  void dayOfQuarterLastMonth(String today, int day, String expected) {
    today(today);
    assertThat(DueDateFunctions.dayOfQuarterLastMonth(day)).isEqualTo(at(expected)).isInstanceOf(DueDay.class);
  }

  @ParameterizedTest(name = "on {0}: first working day of this month {1}, of next month {2}")
  @CsvSource({
    "2026-01-15, 2026-01-05T07:30, 2026-02-02T07:30", // 01-04/01 off; Sun 01/02
    "2026-02-27, 2026-02-02T07:30, 2026-03-02T07:30", // Sun 01/03
    "2026-04-15, 2026-04-01T07:30, 2026-05-04T07:30", // 1/5 and the weekend
    "2026-05-20, 2026-05-04T07:30, 2026-06-01T07:30",
    "2026-08-20, 2026-08-03T07:30, 2026-09-03T07:30" // 01-02/09 Quốc khánh
  })
  void firstWorkingDay(String today, String thisMonth, String nextMonth) {
    today(today);
    assertThat(DueDateFunctions.firstWorkingDayOfMonth()).isEqualTo(at(thisMonth));
    assertThat(DueDateFunctions.firstWorkingDayOfNextMonth()).isEqualTo(at(nextMonth));
  }

  @ParameterizedTest(name = "{1} calendar days before {0} = {2}")
  @CsvSource({
    "2026-07-01, 5, 2026-06-26T17:30", // NĐ 63/2010 art. 15: a Friday
    "2026-07-01T00:00:00, 5, 2026-06-26T17:30", // a date-time from a form: its day
    "2026-02-20, 5, 2026-02-13T17:30", // Sun 15/02 in Tết: back to Fri 13/02, the last working day
    "2026-05-06, 5, 2026-04-29T17:30", // Fri 1/5, Thu 30/4: back to Wed 29/04
    "2026-05-02, 0, 2026-04-29T17:30",
    "2026-09-07, 5, 2026-08-28T17:30" // Wed 02/09 ... Sat 29/08 off: Fri 28/08
  })
  void calendarDaysBefore(String date, int days, String expected) {
    assertThat(DueDateFunctions.calendarDaysBefore(date, days)).isEqualTo(at(expected)).isInstanceOf(DueDay.class);
  }

  @Test
  void calendarDaysBeforeADateValueCountsItsDayInVietnam() {
    // 05/07 20:00 UTC is Monday 06/07 03:00 in Vietnam: 5 days before is Wed 01/07
    Date utcEvening = Date.from(ZonedDateTime.parse("2026-07-05T20:00Z").toInstant());
    assertThat(DueDateFunctions.calendarDaysBefore(utcEvening, 5)).isEqualTo(at("2026-07-01T17:30"));
  }

  @ParameterizedTest(name = "on {0}: earlier of {1} and {2} = {3}, by date: {4}")
  @CsvSource({
    // Thu 12/02 10:00, before Tết: P1D = Fri 13/02; P3D = 13, 23, 24/02
    "2026-02-12, P1D, 2026-02-27T17:30, 2026-02-13T17:30, true",
    "2026-02-12, P3D, 2026-02-24T17:30, 2026-02-24T17:30, true", // a tie: the first
    "2026-02-12, P5D, 2026-02-24T17:30, 2026-02-24T17:30, false", // the dossier's Date, a moment
    "2026-02-12, PT8H, 2026-02-27T17:30, 2026-02-13T10:00, false", // 5.5 h Thu, 2.5 h Fri
    "2026-02-12, lich:P5D, 2026-02-27T17:30, 2026-02-23T17:30, true", // Tue 17/02 off: Mon 23/02
    "2026-02-12, 2026-02-16, 2026-02-27T17:30, 2026-02-23T17:30, true", // 29 Tết: Mon 23/02
    // Wed 29/04: P1D = Mon 04/05 (30/4, 1/5, weekend), P2D = Tue 05/05
    "2026-04-29, P1D, 2026-05-04T10:00, 2026-05-04T10:00, false",
    "2026-04-29, P2D, 2026-05-05T17:30, 2026-05-05T17:30, true"
  })
  void earlierOf(String today, String step, String dossier, String expected, boolean byDate) {
    today(today);
    Date due = DueDateFunctions.earlierOf(step, at(dossier));
    assertThat(due).isEqualTo(at(expected));
    assertThat(due instanceof DueDay).isEqualTo(byDate);
  }

  @Test
  void earlierOfTakesTwoNotationsAndTreatsAMissingDeadlineAsNoLimit() {
    today("2026-02-12");
    assertThat(DueDateFunctions.earlierOf("PT4H", "P1D")).isEqualTo(at("2026-02-12T16:00"));
    assertThat(DueDateFunctions.earlierOf(null, "P1D")).isEqualTo(at("2026-02-13T17:30"));
    assertThat(DueDateFunctions.earlierOf("P1D", null)).isEqualTo(at("2026-02-13T17:30"));
    assertThat(DueDateFunctions.earlierOf(null, null)).isNull();
  }

  @Test
  void refusesWhatIsNotADeadlineOrADateInVietnamese() {
    assertThatThrownBy(() -> DueDateFunctions.earlierOf("P1M", "P1D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không hợp lệ");
    assertThatThrownBy(() -> DueDateFunctions.earlierOf(5L, "P1D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không phải một hạn xử lý");
    assertThatThrownBy(() -> DueDateFunctions.calendarDaysBefore("01/07/2026", 5))
        .hasMessageContaining("không phải một ngày");
    assertThatThrownBy(() -> DueDateFunctions.calendarDaysBefore("2026-07-01", -1))
        .hasMessageContaining("từ 0 trở lên");
    assertThatThrownBy(() -> DueDateFunctions.dayOfMonth(0)).hasMessageContaining("từ 1 đến 31");
    assertThatThrownBy(() -> DueDateFunctions.dayOfQuarterLastMonth(32)).hasMessageContaining("từ 1 đến 31");
  }
}
