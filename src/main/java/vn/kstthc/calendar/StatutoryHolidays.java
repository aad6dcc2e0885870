package vn.kstthc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The default public holidays of a year computed from the Labour Code, used for every year that
 * has no data file.
 *
 * <p>Khoản 1 Điều 112 Bộ luật Lao động năm 2019 (Luật số 45/2019/QH14) gives 11 paid days:
 * Tết Dương lịch 1/1; Tết Âm lịch 5 days; Ngày Chiến thắng 30/4; Ngày Quốc tế lao động 1/5;
 * Quốc khánh 2/9 and one adjacent day before or after; Giỗ Tổ Hùng Vương 10/3 lunar. The exact
 * Tết days and the adjacent Quốc khánh day are decided each year by the Prime Minister
 * (khoản 3 Điều 112). The defaults chosen here:
 * <ul>
 *   <li>Tết: the last day of the old lunar year and the first four days of the new one, the
 *       civil-service schedule of 2026 (2024 started on 29 Chạp, two days before Tết: see
 *       holidays-2024.yaml and docs/calendar.md);</li>
 *   <li>Quốc khánh: 3/9 when 2/9 is a Monday or a Thursday (joining a weekend), otherwise 1/9, as
 *       in 2021-2025;</li>
 *   <li>nghỉ bù (khoản 3 Điều 111): each holiday that falls on a Saturday or Sunday gives a
 *       compensatory day off on the next day that is neither a weekend day nor already off;</li>
 *   <li>when Giỗ Tổ falls on 30/4 or 1/5 the two holidays share one day off (the Code is silent;
 *       no extra day is invented).</li>
 * </ul>
 * Swaps of working days (hoán đổi, làm bù) are never computed: they exist only in data files.
 */
public final class StatutoryHolidays {

  /** The source text recorded on computed years. */
  public static final String SOURCE = "Khoản 1 Điều 112 và khoản 3 Điều 111 (nghỉ bù) Bộ luật Lao động năm 2019 "
      + "(Luật số 45/2019/QH14); lịch tính tự động, chưa có thông báo lịch nghỉ cho năm này";

  private StatutoryHolidays() {
  }

  /**
   * Computes the default days off of a Gregorian year.
   *
   * @param year a year between 1901 and 2199
   * @return the statutory holidays and their compensatory days; no make-up working days
   */
  public static HolidayYear compute(int year) {
    List<NamedDay> holidays = holidaysWithoutCompensation(year);
    List<NamedDay> daysOff = new ArrayList<>(holidays);
    Set<LocalDate> taken = new HashSet<>();
    holidays.forEach(day -> taken.add(day.date()));
    for (NamedDay holiday : holidays) {
      if (isWeekend(holiday.date())) {
        LocalDate compensation = holiday.date().plusDays(1);
        while (isWeekend(compensation) || taken.contains(compensation)) {
          compensation = compensation.plusDays(1);
        }
        taken.add(compensation);
        daysOff.add(new NamedDay(compensation, "Nghỉ bù " + holiday.name()));
      }
    }
    daysOff.sort(null);
    return new HolidayYear(year, daysOff, List.of(), SOURCE, "computed");
  }

  /** The 11 statutory days of a year, in date order, before compensation. */
  static List<NamedDay> holidaysWithoutCompensation(int year) {
    List<NamedDay> days = new ArrayList<>();
    days.add(new NamedDay(LocalDate.of(year, 1, 1), "Tết Dương lịch"));

    LocalDate tet = VietnameseLunarCalendar.tetNguyenDan(year);
    LocalDate newYearsEve = tet.minusDays(1);
    int lastLunarDay = VietnameseLunarCalendar.toLunar(newYearsEve).day();
    days.add(new NamedDay(newYearsEve, "Tết Nguyên đán (" + lastLunarDay + " tháng Chạp)"));
    for (int i = 0; i < 4; i++) {
      days.add(new NamedDay(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + " tháng Giêng)"));
    }

    LocalDate hungKings = VietnameseLunarCalendar.toSolar(LunarDate.of(year, 3, 10));
    days.add(new NamedDay(hungKings, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
    days.add(new NamedDay(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)"));
    days.add(new NamedDay(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"));

    LocalDate nationalDay = LocalDate.of(year, 9, 2);
    DayOfWeek weekday = nationalDay.getDayOfWeek();
    boolean after = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
    LocalDate adjacent = after ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
    days.add(new NamedDay(nationalDay, "Quốc khánh (2/9)"));
    days.add(new NamedDay(adjacent, "Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)"));

    return mergeSameDay(days);
  }

  /** Two holidays on one date (Giỗ Tổ can fall on 30/4 or 1/5) give one day off, both named. */
  private static List<NamedDay> mergeSameDay(List<NamedDay> days) {
    Map<LocalDate, String> names = new TreeMap<>();
    for (NamedDay day : days) {
      names.merge(day.date(), day.name(), (first, second) -> first + "; " + second);
    }
    List<NamedDay> merged = new ArrayList<>();
    names.forEach((date, name) -> merged.add(new NamedDay(date, name)));
    return merged;
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
