package vn.kstthc.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kstthc.calendar.WorkingDayCalendar;

/** Hand-checked against the 2026 schedule (TB 9441/TB-BNV): Tết 14-22/02, 30/4-1/5, 2/9. */
class DeadlineNotationTest {

  static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();

  @ParameterizedTest(name = "{1} from {0} = {2}")
  @CsvSource({
    // working days: the day of receipt does not count; due at 17:30 of the n-th working day
    "2026-11-23T10:00+07:00[Asia/Ho_Chi_Minh], P3D, 2026-11-26T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-23T18:45+07:00[Asia/Ho_Chi_Minh], P1D, 2026-11-24T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-02-13T09:00+07:00[Asia/Ho_Chi_Minh], P1D, 2026-02-23T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-04-29T09:00+07:00[Asia/Ho_Chi_Minh], P2D, 2026-05-05T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-08-21T09:00+07:00[Asia/Ho_Chi_Minh], P1D, 2026-08-22T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-08-28T09:00+07:00[Asia/Ho_Chi_Minh], P1D, 2026-09-03T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-20T16:00+07:00[Asia/Ho_Chi_Minh], P10D, 2026-12-04T17:30+07:00[Asia/Ho_Chi_Minh]",
    // working hours: office minutes only (07:30-11:30, 13:30-17:30)
    "2026-11-23T09:00+07:00[Asia/Ho_Chi_Minh], PT16H, 2026-11-25T09:00+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-27T15:00+07:00[Asia/Ho_Chi_Minh], PT4H, 2026-11-30T09:00+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-23T11:00+07:00[Asia/Ho_Chi_Minh], PT1H30M, 2026-11-23T14:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-23T17:29:45+07:00[Asia/Ho_Chi_Minh], PT30S, 2026-11-24T07:30:15+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-27T17:25+07:00[Asia/Ho_Chi_Minh], lich:PT10M, 2026-11-27T17:35+07:00[Asia/Ho_Chi_Minh]",
    // calendar time, for rules counted in calendar days; a last day off ends with the next working
    // day (BLDS art. 148): Sat 28/11 -> Mon 30/11, Sun 15/02 (Tết) -> Mon 23/02,
    // Thu 30/4 -> Mon 04/05
    "2026-11-25T10:00+07:00[Asia/Ho_Chi_Minh], lich:P5D, 2026-11-30T10:00+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-23T10:00+07:00[Asia/Ho_Chi_Minh], lich:P5D, 2026-11-30T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-02-10T10:00+07:00[Asia/Ho_Chi_Minh], lich:P5D, 2026-02-23T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-04-25T10:00+07:00[Asia/Ho_Chi_Minh], lich:P5D, 2026-05-04T17:30+07:00[Asia/Ho_Chi_Minh]",
    // a date: the end of office hours that day; a date-time: that moment
    "2026-11-23T10:00+07:00[Asia/Ho_Chi_Minh], 2026-12-15, 2026-12-15T17:30+07:00[Asia/Ho_Chi_Minh]",
    // a date that is a day off: the next working day (30/4, 1/5 and the weekend -> Mon 04/05)
    "2026-04-20T10:00+07:00[Asia/Ho_Chi_Minh], 2026-05-01, 2026-05-04T17:30+07:00[Asia/Ho_Chi_Minh]",
    "2026-04-20T10:00+07:00[Asia/Ho_Chi_Minh], 2026-04-30T10:00:00, 2026-04-30T10:00+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-23T10:00+07:00[Asia/Ho_Chi_Minh], 2026-12-15T10:00:00, 2026-12-15T10:00+07:00[Asia/Ho_Chi_Minh]",
    "2026-11-23T10:00+07:00[Asia/Ho_Chi_Minh], 2026-12-15T03:00:00Z, 2026-12-15T10:00+07:00[Asia/Ho_Chi_Minh]"
  })
  void resolves(ZonedDateTime start, String notation, ZonedDateTime expected) {
    assertThat(DeadlineNotation.resolve(notation, start, CALENDAR)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1M", "P1W", "P1DT2H", "ba ngày", "", "lich:X"})
  void refusesWhatItCannotMeanWithAVietnameseMessage(String notation) {
    assertThatThrownBy(() -> DeadlineNotation.resolve(notation, ZonedDateTime.now(), CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("không hợp lệ")
        .hasMessageContaining("P3D");
  }

  @ParameterizedTest(name = "{0} is counted in {1}")
  @CsvSource({
    "P3D, DAYS", "' P10D ', DAYS", "2026-12-15, DAYS", "lich:P5D, DAYS",
    "PT8H, HOURS", "PT4H30M, HOURS", "lich:PT48H, HOURS", "2026-12-15T17:30:00, HOURS", "2026-12-15T10:30:00Z, HOURS"
  })
  void knowsWhetherADeadlineIsInDaysOrHoursFromItsNotation(String notation, DeadlineKind kind) {
    assertThat(DeadlineNotation.kindOf(notation)).isEqualTo(kind);
  }
}
