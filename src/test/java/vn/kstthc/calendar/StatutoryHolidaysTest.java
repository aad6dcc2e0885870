package vn.kstthc.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The computed defaults. Expected dates are either derived by hand from the rules of
 * Điều 112 and khoản 3 Điều 111 Bộ luật Lao động năm 2019 or are the official outcomes of past years in
 * which the government applied those same rules without extra swaps.
 */
class StatutoryHolidaysTest {

  private static Set<LocalDate> daysOff(int year) {
    return StatutoryHolidays.compute(year).daysOff().stream().map(NamedDay::date).collect(Collectors.toSet());
  }

  /*
   * Official outcomes that follow the plain rules:
   * 2021: Quốc khánh Thursday 2/9 + Friday 3/9 (4 days 2-5/9).
   * 2022: Giỗ Tổ Sunday 10/4 -> nghỉ bù Monday 11/4; 30/4 Saturday and 1/5 Sunday -> nghỉ bù
   *       Monday 2/5 and Tuesday 3/5.
   * 2023: 1/1 Sunday -> nghỉ bù Monday 2/1; Quốc khánh Friday 1/9 + Saturday 2/9 -> nghỉ bù
   *       Monday 4/9.
   * 2024: Quốc khánh Monday 2/9 + Tuesday 3/9.
   */
  @ParameterizedTest(name = "{0} is a day off ({1})")
  @CsvSource({
    "2021-09-02, Quốc khánh", "2021-09-03, ngày liền kề",
    "2022-04-11, nghỉ bù Giỗ Tổ", "2022-05-02, nghỉ bù 30/4", "2022-05-03, nghỉ bù 1/5",
    "2023-01-02, nghỉ bù Tết Dương lịch", "2023-09-01, ngày liền kề", "2023-09-04, nghỉ bù 2/9",
    "2024-09-02, Quốc khánh", "2024-09-03, ngày liền kề"
  })
  void pastOfficialOutcomes(LocalDate date, String why) {
    assertThat(daysOff(date.getYear())).contains(date);
  }

  @Test
  void theAdjacentNationalDayIsNotBothSides() {
    assertThat(daysOff(2024)).doesNotContain(LocalDate.of(2024, 9, 1));
    assertThat(daysOff(2021)).doesNotContain(LocalDate.of(2021, 9, 1));
    assertThat(daysOff(2023)).doesNotContain(LocalDate.of(2023, 9, 3));
  }

  /*
   * 2025 by the rule (the government chose differently, see holidays-2025.yaml): the last day of
   * Giáp Thìn is 28/1 (29 Chạp), Tết 29/1; days 28/1-1/2, 1/2 is a Saturday -> nghỉ bù Monday 3/2.
   * Giỗ Tổ Monday 7/4; 30/4 Wednesday, 1/5 Thursday; 2/9 Tuesday -> adjacent Monday 1/9.
   */
  @Test
  void computed2025() {
    assertThat(StatutoryHolidays.compute(2025).daysOff()).extracting(NamedDay::date).containsExactly(
        LocalDate.of(2025, 1, 1),
        LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
        LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 3),
        LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 30), LocalDate.of(2025, 5, 1),
        LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
    assertThat(StatutoryHolidays.compute(2025).nameOf(LocalDate.of(2025, 2, 3)))
        .hasValue("Nghỉ bù Tết Nguyên đán (mùng 4 tháng Giêng)");
  }

  /**
   * For 2026 the official schedule is the statutory one plus two swaps (2/1 and 31/8), so the
   * computed days are exactly the shipped file's days off without the two swapped days.
   */
  @Test
  void computed2026MatchesTheOfficialScheduleApartFromSwaps() {
    HolidayYear official = HolidaySchedule.standard().year(2026);
    Set<LocalDate> swapped = Set.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 8, 31));
    Set<LocalDate> expected = official.daysOff().stream().map(NamedDay::date)
        .filter(date -> !swapped.contains(date)).collect(Collectors.toSet());
    assertThat(daysOff(2026)).isEqualTo(expected);
    assertThat(StatutoryHolidays.compute(2026).makeUpWorkingDays()).isEmpty();
  }

  /** Every year: 11 statutory days, one nghỉ bù per weekend holiday, always on a free weekday. */
  @Test
  void compensationRulesHoldEveryYear() {
    for (int year = 1901; year <= 2199; year++) {
      List<NamedDay> statutory = StatutoryHolidays.holidaysWithoutCompensation(year);
      HolidayYear computed = StatutoryHolidays.compute(year);
      long weekendHolidays = statutory.stream().filter(d -> StatutoryHolidays.isWeekend(d.date())).count();
      Set<LocalDate> statutoryDates = statutory.stream().map(NamedDay::date).collect(Collectors.toSet());
      List<NamedDay> compensations = computed.daysOff().stream()
          .filter(d -> !statutoryDates.contains(d.date())).toList();

      assertThat(statutory).as("statutory days of %d", year).hasSizeBetween(10, 11);
      assertThat(compensations).as("nghỉ bù of %d", year).hasSize((int) weekendHolidays);
      for (NamedDay compensation : compensations) {
        assertThat(compensation.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(compensation.name()).startsWith("Nghỉ bù ");
      }
      LocalDate tet = VietnameseLunarCalendar.tetNguyenDan(year);
      assertThat(computed.daysOff()).anyMatch(d -> d.date().equals(tet));
    }
  }

  @Test
  void namesAreVietnamese() {
    HolidayYear year = StatutoryHolidays.compute(2027);
    assertThat(year.nameOf(LocalDate.of(2027, 1, 1))).hasValue("Tết Dương lịch");
    assertThat(year.nameOf(LocalDate.of(2027, 2, 6))).hasValue("Tết Nguyên đán (mùng 1 tháng Giêng)");
    assertThat(year.nameOf(LocalDate.of(2027, 9, 2))).hasValue("Quốc khánh (2/9)");
    assertThat(year.source()).contains("Bộ luật Lao động năm 2019");
    assertThat(year.origin()).isEqualTo("computed");
  }
}
