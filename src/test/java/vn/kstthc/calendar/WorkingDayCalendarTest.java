package vn.kstthc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-checked tables around the holidays of 2025 and 2026. Every expected value was worked out on
 * a paper calendar from the official schedules (see ShippedHolidayFilesTest), not from this code.
 */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.standard();

  @ParameterizedTest(name = "{0} working = {1} ({2})")
  @CsvSource({
    // Tết Ất Tỵ 2025: off Sat 25/1 - Sun 2/2
    "2025-01-24, true,  Friday before Tết",
    "2025-01-25, false, Saturday",
    "2025-01-27, false, 28 tháng Chạp",
    "2025-01-31, false, mùng 3",
    "2025-02-01, false, Saturday mùng 4",
    "2025-02-03, true,  first day back",
    // Giỗ Tổ 2025
    "2025-04-07, false, Giỗ Tổ Monday",
    "2025-04-08, true,  Tuesday",
    // 30/4-1/5 2025: make-up Saturday 26/4, off Wed 30/4 - Sun 4/5
    "2025-04-26, true,  make-up Saturday",
    "2025-04-29, true,  Tuesday",
    "2025-04-30, false, Ngày Chiến thắng",
    "2025-05-02, false, swapped Friday",
    "2025-05-05, true,  Monday back",
    // Quốc khánh 2025: off Sat 30/8 - Tue 2/9
    "2025-08-29, true,  Friday",
    "2025-09-01, false, adjacent day",
    "2025-09-02, false, Quốc khánh",
    "2025-09-03, true,  Wednesday back",
    // Tết Dương lịch 2026: off Thu 1/1 - Sun 4/1, make-up Saturday 10/1
    "2025-12-31, true,  Wednesday",
    "2026-01-02, false, swapped Friday",
    "2026-01-05, true,  Monday",
    "2026-01-10, true,  make-up Saturday",
    "2026-01-11, false, Sunday",
    // Tết Bính Ngọ 2026: off Sat 14/2 - Sun 22/2
    "2026-02-13, true,  Friday before Tết",
    "2026-02-16, false, 29 tháng Chạp",
    "2026-02-20, false, mùng 4",
    "2026-02-23, true,  Monday back",
    // Giỗ Tổ Sunday 26/4/2026 -> nghỉ bù 27/4; 30/4 Thursday, 1/5 Friday
    "2026-04-27, false, nghỉ bù Giỗ Tổ",
    "2026-04-28, true,  Tuesday",
    "2026-04-30, false, Ngày Chiến thắng",
    "2026-05-01, false, Quốc tế Lao động",
    "2026-05-04, true,  Monday",
    // Quốc khánh 2026: make-up Saturday 22/8, off Sat 29/8 - Wed 2/9
    "2026-08-22, true,  make-up Saturday",
    "2026-08-28, true,  Friday",
    "2026-08-31, false, swapped Monday",
    "2026-09-01, false, adjacent day",
    "2026-09-03, true,  Thursday back",
    // 24/11/2026 stays a working day until a legal text makes it a holiday
    "2026-11-24, true,  Ngày Văn hóa Việt Nam not yet law"
  })
  void isWorkingDay(LocalDate date, boolean working, String why) {
    assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2025-01-23, 1, 2025-01-24",
    "2025-01-23, 2, 2025-02-03",
    "2025-01-24, 3, 2025-02-05",
    "2025-04-04, 1, 2025-04-08",
    "2025-04-25, 1, 2025-04-26",
    "2025-04-24, 3, 2025-04-28",
    "2025-04-29, 1, 2025-05-05",
    "2025-08-29, 1, 2025-09-03",
    "2025-12-31, 1, 2026-01-05",
    "2025-12-31, 6, 2026-01-10",
    "2026-01-09, 1, 2026-01-10",
    "2026-02-13, 1, 2026-02-23",
    "2026-02-12, 2, 2026-02-23",
    "2026-04-24, 1, 2026-04-28",
    "2026-04-24, 3, 2026-05-04",
    "2026-08-21, 1, 2026-08-22",
    "2026-08-28, 1, 2026-09-03",
    // n = 0: the day itself if working, else the next working day
    "2026-02-13, 0, 2026-02-13",
    "2026-02-14, 0, 2026-02-23",
    "2026-01-10, 0, 2026-01-10"
  })
  void addWorkingDays(LocalDate from, int n, LocalDate expected) {
    assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
  @CsvSource({
    "2025-01-24, 2025-02-03, 1",
    "2025-01-20, 2025-02-07, 9",
    "2025-04-25, 2025-05-05, 4",
    "2025-08-28, 2025-09-05, 4",
    "2025-12-30, 2026-01-12, 8",
    "2026-02-13, 2026-02-23, 1",
    "2026-04-24, 2026-05-04, 3",
    "2026-08-20, 2026-09-04, 9",
    "2026-09-04, 2026-08-20, -9",
    "2026-03-02, 2026-03-02, 0",
    "2026-02-14, 2026-02-22, 0"
  })
  void workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, int expected) {
    assertThat(calendar.workingDaysBetween(fromExclusive, toInclusive)).isEqualTo(expected);
  }

  @Test
  void nextWorkingDayIsStrictlyAfter() {
    assertThat(calendar.nextWorkingDay(LocalDate.of(2025, 1, 24))).isEqualTo(LocalDate.of(2025, 2, 3));
    assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(calendar.nextWorkingDay(LocalDate.of(2026, 1, 9))).isEqualTo(LocalDate.of(2026, 1, 10));
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void spansManyYears() {
    // 2020-2035 cross-checked against a day-by-day count.
    LocalDate from = LocalDate.of(2020, 1, 1);
    LocalDate to = LocalDate.of(2035, 12, 31);
    int naive = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      naive += calendar.isWorkingDay(d) ? 1 : 0;
    }
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(naive);
    assertThat(calendar.addWorkingDays(from, naive)).isEqualTo(lastWorkingDayUpTo(to));
  }

  private LocalDate lastWorkingDayUpTo(LocalDate date) {
    LocalDate d = date;
    while (!calendar.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  @Test
  void aFreshCalendarGivesTheSameAnswersFromManyThreads() throws Exception {
    WorkingDayCalendar shared = new WorkingDayCalendar(HolidaySchedule.standard(), OfficeHours.standard());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<LocalDate>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int offset = i % 8;
        results.add(pool.submit(() -> shared.addWorkingDays(LocalDate.of(2025 + offset, 1, 1), 200)));
      }
      for (int i = 0; i < results.size(); i++) {
        LocalDate expected = calendar.addWorkingDays(LocalDate.of(2025 + i % 8, 1, 1), 200);
        assertThat(results.get(i).get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
