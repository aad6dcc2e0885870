package vn.kstthc.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected values come from published schedules and news, never from this code. Each table says
 * where its values come from; "holiday notice" means the official Tết schedule of that year, whose
 * stated lunar dates pin the first day of the year.
 */
class VietnameseLunarCalendarTest {

  /*
   * Tết Nguyên đán 2020-2030.
   * 2020: notice "23/1/2020 (29 tháng Chạp Kỷ Hợi) to 29/1/2020 (mùng 5)" -> mùng 1 = 25/1.
   * 2021: "10-16/2/2021 (29 tháng Chạp to mùng 5)" with 30 Chạp on 11/2 -> 12/2.
   * 2022: 01/02/2022 (same as Chinese New Year 2022).
   * 2023: "20/1/2023 to 26/1/2023" = 29 Chạp to mùng 5 -> 22/1.
   * 2024: "8-14/2/2024" = 29 Chạp to mùng 5 -> 10/2.
   * 2025: Thông báo 6150/TB-BLĐTBXH: 25/01/2025 = 26 Chạp, 02/02/2025 = mùng 5 -> 29/1.
   * 2026: Thông báo 9441/TB-BNV: 16/02/2026 = 29 Chạp, 20/02/2026 = mùng 4 -> 17/2.
   * 2027, 2028, 2029: same day as the Chinese New Year (6/2, 26/1, 13/2); the 21st century
   * years in which Vietnam and China differ are 2007, 2030 and 2053 only.
   * 2030: Vietnam 02/02/2030, China 03/02/2030 (new moon late on 2 Feb UTC+7, after midnight UTC+8).
   */
  @ParameterizedTest(name = "Tết {0} = {1}")
  @CsvSource({
    "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
    "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06",
    "2028, 2028-01-26", "2029, 2029-02-13", "2030, 2030-02-02"
  })
  void tetNguyenDan(int year, LocalDate expected) {
    assertThat(VietnameseLunarCalendar.tetNguyenDan(year)).isEqualTo(expected);
    assertThat(VietnameseLunarCalendar.toLunar(expected)).isEqualTo(LunarDate.of(year, 1, 1));
    assertThat(VietnameseLunarCalendar.toLunar(expected.minusDays(1)).month()).isEqualTo(12);
  }

  /*
   * Years in which the Vietnamese calendar (UTC+7) differs from the Chinese one (UTC+8).
   * 1968: North Vietnam (UTC+7 since 8/8/1967) 29/1, China and South Vietnam 30/1.
   * 1985: Vietnam 21/1/1985, a whole month before China (20/2/1985): month 11 and the leap month
   *       fall differently (Hồ Ngọc Đức, "calrules"; widely reported).
   * 2007: Vietnam 17/2/2007, China 18/2/2007. 2030: 2/2 against 3/2.
   */
  @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
  @CsvSource({
    "1968, 1968-01-29, 1968-01-30",
    "1985, 1985-01-21, 1985-02-20",
    "2007, 2007-02-17, 2007-02-18",
    "2030, 2030-02-02, 2030-02-03"
  })
  void tetDiffersFromChinaBecauseOfTheTimeZone(int year, LocalDate vietnam, LocalDate china) {
    assertThat(VietnameseLunarCalendar.tetNguyenDan(year)).isEqualTo(vietnam).isNotEqualTo(china);
  }

  /*
   * Giỗ Tổ Hùng Vương (10/3 lunar), from the holiday schedules of each year: 2020 Thursday 2/4;
   * 2021 Wednesday 21/4; 2022 Sunday 10/4 (nghỉ bù 11/4); 2023 Saturday 29/4 (year with leap
   * month 2); 2024 Thursday 18/4; 2025 Monday 7/4 (Thông báo 6150); 2026 Sunday 26/4 (nghỉ bù 27/4).
   */
  @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
  @CsvSource({
    "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29",
    "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"
  })
  void hungKingsCommemoration(int year, LocalDate expected) {
    assertThat(VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(expected);
    assertThat(VietnameseLunarCalendar.toLunar(expected)).isEqualTo(LunarDate.of(year, 3, 10));
  }

  /* Lunar dates stated in the official Tết notices of 2020, 2025 and 2026. */
  @ParameterizedTest(name = "{0} = {3}/{2}/{1}")
  @CsvSource({
    "2020-01-23, 2019, 12, 29", "2020-01-24, 2019, 12, 30", "2020-01-29, 2020, 1, 5",
    "2025-01-25, 2024, 12, 26", "2025-01-27, 2024, 12, 28", "2025-01-28, 2024, 12, 29",
    "2025-02-02, 2025, 1, 5",
    "2026-02-14, 2025, 12, 27", "2026-02-16, 2025, 12, 29", "2026-02-20, 2026, 1, 4",
    "2026-02-22, 2026, 1, 6"
  })
  void datesStatedInHolidayNotices(LocalDate solar, int year, int month, int day) {
    assertThat(VietnameseLunarCalendar.toLunar(solar)).isEqualTo(LunarDate.of(year, month, day));
    assertThat(VietnameseLunarCalendar.toSolar(LunarDate.of(year, month, day))).isEqualTo(solar);
  }

  @Test
  void yearGiapThinHasNoThirtiethDayOfMonth12() {
    // Thông báo 6150 context: "năm nay không có 30 tháng Chạp".
    assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(LunarDate.of(2024, 12, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("29 days");
  }

  /*
   * Leap months: 2020 nhuận tháng 4, 2023 nhuận tháng 2, 2025 nhuận tháng 6; none in 2024, 2026.
   * 2025 (Thanh Niên, 22/8/2025): month 6 is 25/6-24/7 (30 days), leap month 6 is 25/7-22/8
   * (29 days), month 7 starts 23/8; the year Ất Tỵ runs 29/1/2025-16/2/2026, 384 days.
   */
  @Test
  void leapMonths() {
    assertThat(VietnameseLunarCalendar.leapMonth(2020)).isEqualTo(4);
    assertThat(VietnameseLunarCalendar.leapMonth(2023)).isEqualTo(2);
    assertThat(VietnameseLunarCalendar.leapMonth(2024)).isZero();
    assertThat(VietnameseLunarCalendar.leapMonth(2025)).isEqualTo(6);
    assertThat(VietnameseLunarCalendar.leapMonth(2026)).isZero();
  }

  @Test
  void leapMonthSixOf2025() {
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 6, 25))).isEqualTo(LunarDate.of(2025, 6, 1));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 7, 24))).isEqualTo(LunarDate.of(2025, 6, 30));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 8, 22))).isEqualTo(new LunarDate(2025, 6, 29, true));
    assertThat(VietnameseLunarCalendar.toLunar(LocalDate.of(2025, 8, 23))).isEqualTo(LunarDate.of(2025, 7, 1));
    assertThat(VietnameseLunarCalendar.toSolar(new LunarDate(2025, 6, 15, true))).isEqualTo(LocalDate.of(2025, 8, 8));
    LocalDate tet2025 = VietnameseLunarCalendar.tetNguyenDan(2025);
    LocalDate tet2026 = VietnameseLunarCalendar.tetNguyenDan(2026);
    assertThat(ChronoUnit.DAYS.between(tet2025, tet2026)).isEqualTo(384);
  }

  @Test
  void aLeapMonthThatDoesNotExistIsRejected() {
    assertThatThrownBy(() -> VietnameseLunarCalendar.toSolar(new LunarDate(2024, 6, 1, true)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Structure over the whole supported range: conversion round-trips, days follow each other,
   * months have 29 or 30 days, years have 12 or 13 months and Tết falls 21/1-20/2.
   */
  @Test
  void everyDayFrom1900To2199IsConsistent() {
    LocalDate day = VietnameseLunarCalendar.MIN_DATE;
    LunarDate previous = VietnameseLunarCalendar.toLunar(day);
    int monthLength = previous.day();
    int monthsThisYear = 0;
    while (!day.equals(VietnameseLunarCalendar.MAX_DATE)) {
      day = day.plusDays(1);
      LunarDate lunar = VietnameseLunarCalendar.toLunar(day);
      assertThat(VietnameseLunarCalendar.toSolar(lunar)).as("round trip of %s", day).isEqualTo(day);
      if (lunar.day() == 1) {
        assertThat(monthLength).as("length of the month before %s", day).isBetween(29, 30);
        monthLength = 1;
        monthsThisYear++;
        if (lunar.month() == 1 && !lunar.leapMonth()) {
          assertThat(lunar.year()).isEqualTo(previous.year() + 1).isEqualTo(day.getYear());
          assertThat(day).isBetween(LocalDate.of(day.getYear(), 1, 21), LocalDate.of(day.getYear(), 2, 20));
          if (day.getYear() > 1900) {
            assertThat(monthsThisYear).as("months of lunar year %d", previous.year()).isBetween(12, 13);
          }
          monthsThisYear = 0;
        }
      } else {
        assertThat(lunar).isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1,
            previous.leapMonth()));
        monthLength++;
      }
      previous = lunar;
    }
  }

  @Test
  void datesOutsideTheSupportedRangeAreRejected() {
    assertThatThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> VietnameseLunarCalendar.toLunar(LocalDate.of(2200, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LunarDate.of(2025, 13, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
