package vn.kstthc.calendar;

import java.time.LocalDate;

/**
 * The working days of one Gregorian year as a bitmap with prefix counts, so that counting and
 * advancing by working days costs a lookup or a binary search. Immutable.
 */
final class YearCalendar {

  private final int year;
  private final boolean[] working;
  /** {@code prefix[i]} = number of working days among day indexes {@code 0 .. i-1}. */
  private final int[] prefix;

  private YearCalendar(int year, boolean[] working) {
    this.year = year;
    this.working = working;
    this.prefix = new int[working.length + 1];
    for (int i = 0; i < working.length; i++) {
      prefix[i + 1] = prefix[i] + (working[i] ? 1 : 0);
    }
  }

  /** Monday-Friday except days off, plus make-up working days. */
  static YearCalendar of(HolidayYear holidays) {
    int year = holidays.year();
    LocalDate first = LocalDate.of(year, 1, 1);
    boolean[] working = new boolean[first.lengthOfYear()];
    for (int i = 0; i < working.length; i++) {
      LocalDate date = first.plusDays(i);
      working[i] = holidays.isMakeUpWorkingDay(date)
          || !StatutoryHolidays.isWeekend(date) && !holidays.isDayOff(date);
    }
    return new YearCalendar(year, working);
  }

  int year() {
    return year;
  }

  boolean isWorking(LocalDate date) {
    return working[date.getDayOfYear() - 1];
  }

  /** Working days in the whole year. */
  int total() {
    return prefix[working.length];
  }

  /** Working days from 1 January up to and including {@code date}. */
  int countThrough(LocalDate date) {
    return prefix[date.getDayOfYear()];
  }

  /**
   * The {@code n}-th working day of the year.
   *
   * @param n between 1 and {@link #total()}
   */
  LocalDate nthWorkingDay(int n) {
    int low = 0;
    int high = working.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (prefix[mid + 1] >= n) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return LocalDate.ofYearDay(year, low + 1);
  }
}
