package vn.kstthc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The shipped files against the official schedules, written out by hand from the notices:
 * 2024: Thông báo 5015/TB-LĐTBXH (22/11/2023) implementing Công văn 8662/VPCP-KGVX (03/11/2023),
 * and Công văn 2450/VPCP-KGVX (12/4/2024) for the 30/4 swap;
 * 2025: Thông báo 6150/TB-BLĐTBXH (03/12/2024) implementing Công văn 8726/VPCP-KGVX (26/11/2024);
 * 2026: Thông báo 9441/TB-BNV (16/10/2025), Công văn 9859/VPCP-KGVX (13/10/2025) and
 * Công văn 12729/VPCP-KGVX (25/12/2025).
 */
class ShippedHolidayFilesTest {

  private final HolidaySchedule schedule = HolidaySchedule.standard();

  /**
   * Tết from 29 Chạp (Thu 08/02) to mùng 5 (Wed 14/02): five Tết days and two nghỉ bù; Giỗ Tổ Thu
   * 18/4; Mon 29/4 swapped with Sat 04/5 (off 27/4-01/5); Quốc khánh Mon 02/9 and Tue 03/9.
   */
  @Test
  void year2024() {
    HolidayYear year = schedule.year(2024);
    assertThat(year.origin()).endsWith("holidays-2024.yaml");
    assertThat(year.source()).contains("5015/TB-LĐTBXH", "22/11/2023", "8662/VPCP-KGVX", "2450/VPCP-KGVX");
    assertThat(year.daysOff()).extracting(NamedDay::date).containsExactly(
        LocalDate.parse("2024-01-01"),
        LocalDate.parse("2024-02-08"), LocalDate.parse("2024-02-09"), LocalDate.parse("2024-02-10"),
        LocalDate.parse("2024-02-11"), LocalDate.parse("2024-02-12"),
        LocalDate.parse("2024-02-13"), LocalDate.parse("2024-02-14"),
        LocalDate.parse("2024-04-18"),
        LocalDate.parse("2024-04-29"), LocalDate.parse("2024-04-30"), LocalDate.parse("2024-05-01"),
        LocalDate.parse("2024-09-02"), LocalDate.parse("2024-09-03"));
    assertThat(year.makeUpWorkingDays()).extracting(NamedDay::date)
        .containsExactly(LocalDate.parse("2024-05-04"));
    // What the notices change against the computed default, as a deadline sees it.
    WorkingDayCalendar calendar = WorkingDayCalendar.standard();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-02-08"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-02-15"))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-04-29"))).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.parse("2024-05-04"))).isTrue();
  }

  @Test
  void year2025() {
    HolidayYear year = schedule.year(2025);
    assertThat(year.origin()).endsWith("holidays-2025.yaml");
    assertThat(year.source()).contains("6150/TB-BLĐTBXH", "03/12/2024", "8726/VPCP-KGVX");
    assertThat(year.daysOff()).extracting(NamedDay::date).containsExactly(
        LocalDate.parse("2025-01-01"),
        LocalDate.parse("2025-01-27"), LocalDate.parse("2025-01-28"), LocalDate.parse("2025-01-29"),
        LocalDate.parse("2025-01-30"), LocalDate.parse("2025-01-31"),
        LocalDate.parse("2025-04-07"),
        LocalDate.parse("2025-04-30"), LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-02"),
        LocalDate.parse("2025-09-01"), LocalDate.parse("2025-09-02"));
    assertThat(year.makeUpWorkingDays()).extracting(NamedDay::date)
        .containsExactly(LocalDate.parse("2025-04-26"));
  }

  @Test
  void year2026() {
    HolidayYear year = schedule.year(2026);
    assertThat(year.origin()).endsWith("holidays-2026.yaml");
    assertThat(year.source()).contains("9441/TB-BNV", "16/10/2025", "12729/VPCP-KGVX");
    assertThat(year.daysOff()).extracting(NamedDay::date).containsExactly(
        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02"),
        LocalDate.parse("2026-02-16"), LocalDate.parse("2026-02-17"), LocalDate.parse("2026-02-18"),
        LocalDate.parse("2026-02-19"), LocalDate.parse("2026-02-20"),
        LocalDate.parse("2026-04-26"), LocalDate.parse("2026-04-27"),
        LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01"),
        LocalDate.parse("2026-08-31"), LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-02"));
    assertThat(year.makeUpWorkingDays()).extracting(NamedDay::date)
        .containsExactly(LocalDate.parse("2026-01-10"), LocalDate.parse("2026-08-22"));
    // Ngày Văn hóa Việt Nam: decided as a policy, not yet law; deliberately not shipped.
    assertThat(year.isDayOff(LocalDate.parse("2026-11-24"))).isFalse();
  }

  @Test
  void everyShippedYearIsWellFormed() {
    assertThat(schedule.yearsFromFiles()).contains(2024, 2025, 2026);
    for (int y : schedule.yearsFromFiles()) {
      HolidayYear year = schedule.year(y);
      assertThat(year.source()).as("source of %d", y).containsPattern("số \\d+/");
      assertThat(year.daysOff()).as("days off of %d", y).isNotEmpty()
          .allMatch(day -> day.name().length() > 3);
      assertThat(year.makeUpWorkingDays()).as("make-up days of %d", y)
          .allMatch(day -> day.date().getDayOfWeek() == DayOfWeek.SATURDAY);
      assertThat(year.daysOff()).as("Tết of %d is off", y)
          .anyMatch(day -> day.date().equals(VietnameseLunarCalendar.tetNguyenDan(y)));
    }
  }
}
