package vn.kstthc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Office-hour arithmetic with the standard hours 07:30-11:30, 13:30-17:30. Week of 2/3/2026 has no
 * holiday (Monday 2/3 to Friday 6/3); expected values worked out by hand.
 */
class OfficeTimeTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

  private static ZonedDateTime at(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), OfficeHours.VIETNAM);
  }

  @ParameterizedTest(name = "{0} + {1} office time = {2}")
  @CsvSource({
    // Mon 09:00 + 16h: Mon 2h30 + 4h, Tue 8h, Wed 07:30 + 1h30
    "2026-03-02T09:00, PT16H, 2026-03-04T09:00",
    "2026-03-02T08:00, PT3H30M, 2026-03-02T11:30",
    "2026-03-02T08:00, PT3H31M, 2026-03-02T13:31",
    "2026-03-02T06:00, PT1H, 2026-03-02T08:30",
    "2026-03-02T12:00, PT1H, 2026-03-02T14:30",
    "2026-03-02T18:00, PT1H, 2026-03-03T08:30",
    "2026-03-02T07:30, PT8H, 2026-03-02T17:30",
    "2026-03-02T07:30, PT40H, 2026-03-06T17:30",
    "2026-03-07T10:00, PT1H, 2026-03-09T08:30",
    "2026-03-02T10:00, PT0S, 2026-03-02T10:00",
    "2026-03-02T12:00, PT0S, 2026-03-02T13:30",
    "2026-03-02T11:30, PT0S, 2026-03-02T13:30",
    // across Tết 2026 (off 14/2-22/2): Fri 16:30 + 2h -> 1h Friday, 1h Monday 23/2
    "2026-02-13T16:30, PT2H, 2026-02-23T08:30",
    // across the make-up Saturday 10/1/2026
    "2026-01-09T17:00, PT1H, 2026-01-10T08:00",
    // across the swapped Friday 2/1/2026 and the year end
    "2025-12-31T17:00, PT1H, 2026-01-05T08:00"
  })
  void addWorkingTime(String from, Duration duration, String expected) {
    assertThat(calendar.addWorkingTime(at(from), duration)).isEqualTo(at(expected));
  }

  @Test
  void anInstantInAnotherZoneIsReadInVietnamTime() {
    ZonedDateTime utc = ZonedDateTime.of(2026, 3, 2, 2, 0, 0, 0, ZoneOffset.UTC); // 09:00 +07
    assertThat(calendar.addWorkingTime(utc, Duration.ofHours(16))).isEqualTo(at("2026-03-04T09:00"));
  }

  @Test
  void sixteenWorkingHoursEndEarlierThanTwoWorkingDays() {
    ZonedDateTime received = at("2026-03-02T09:00");
    assertThat(calendar.addWorkingTime(received, Duration.ofHours(16))).isEqualTo(at("2026-03-04T09:00"));
    assertThat(calendar.dueAtEndOfWorkingDay(received, 2)).isEqualTo(at("2026-03-04T17:30"));
  }

  @ParameterizedTest(name = "received {0}, {1} working days -> due {2}")
  @CsvSource({
    "2026-03-02T09:00, 2, 2026-03-04T17:30",
    "2026-03-02T17:10, 1, 2026-03-03T17:30",
    "2026-03-02T09:00, 0, 2026-03-02T17:30",
    "2026-02-13T10:00, 1, 2026-02-23T17:30",
    // received on a Saturday: Monday is the first counted day
    "2026-03-07T10:00, 1, 2026-03-09T17:30",
    // 10 working days from Monday 24/8/2026 cross the Quốc khánh break: 25,26,27,28/8, 3,4,7,8,9,10/9
    "2026-08-24T08:00, 10, 2026-09-10T17:30",
    // 5 working days from Friday 24/4/2026: 28/4, 29/4, 4/5, 5/5, 6/5
    "2026-04-24T15:00, 5, 2026-05-06T17:30"
  })
  void dueAtEndOfWorkingDay(String received, int days, String expected) {
    assertThat(calendar.dueAtEndOfWorkingDay(at(received), days)).isEqualTo(at(expected));
  }

  @Test
  void nextOfficeInstant() {
    assertThat(calendar.nextOfficeInstant(at("2026-03-06T19:00"))).isEqualTo(at("2026-03-09T07:30"));
    assertThat(calendar.nextOfficeInstant(at("2026-03-06T15:00"))).isEqualTo(at("2026-03-06T15:00"));
  }

  @Test
  void customOfficeHours() {
    OfficeHours hours = OfficeHours.of(OfficeHours.VIETNAM,
        new OfficeHours.Session(LocalTime.of(8, 0), LocalTime.of(12, 0)),
        new OfficeHours.Session(LocalTime.of(13, 0), LocalTime.of(17, 0)));
    WorkingDayCalendar custom = new WorkingDayCalendar(HolidaySchedule.standard(), hours);
    assertThat(custom.addWorkingTime(at("2026-03-02T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-03-03T09:00"));
    assertThat(custom.dueAtEndOfWorkingDay(at("2026-03-02T09:00"), 1)).isEqualTo(at("2026-03-03T17:00"));
    assertThat(hours.workingTimePerDay()).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void standardHours() {
    OfficeHours hours = OfficeHours.standard();
    assertThat(hours.workingTimePerDay()).isEqualTo(Duration.ofHours(8));
    assertThat(hours.opening()).isEqualTo(LocalTime.of(7, 30));
    assertThat(hours.closing()).isEqualTo(LocalTime.of(17, 30));
    assertThat(hours.isOpenAt(LocalTime.of(11, 29))).isTrue();
    assertThat(hours.isOpenAt(LocalTime.of(11, 30))).isFalse();
    assertThat(hours.isOpenAt(LocalTime.of(12, 0))).isFalse();
  }

  @Test
  void invalidInputsAreRejected() {
    assertThatThrownBy(() -> calendar.addWorkingTime(at("2026-03-02T09:00"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OfficeHours.of(OfficeHours.VIETNAM,
        new OfficeHours.Session(LocalTime.of(8, 0), LocalTime.of(12, 0)),
        new OfficeHours.Session(LocalTime.of(11, 0), LocalTime.of(17, 0))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OfficeHours.Session(LocalTime.of(12, 0), LocalTime.of(8, 0)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
