package vn.kstthc.calendar;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch).
 *
 * @param year      the lunar year; it is the Gregorian year in which its Tết (1/1) falls
 * @param month     the month number, 1 (tháng Giêng) to 12 (tháng Chạp)
 * @param day       the day of the month, 1 to 30
 * @param leapMonth whether the month is the intercalary month (tháng nhuận) that repeats the
 *                  number of the month before it
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

  /** Validates the ranges that hold for every lunar year. */
  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("lunar month must be 1-12, got " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("lunar day must be 1-30, got " + day);
    }
  }

  /** A date in a regular (non-leap) month. */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  /** Formats as the Vietnamese usage {@code 10/3/2025}, with {@code (nhuận)} for a leap month. */
  @Override
  public String toString() {
    return day + "/" + month + (leapMonth ? " (nhuận)" : "") + "/" + year + " âm lịch";
  }
}
