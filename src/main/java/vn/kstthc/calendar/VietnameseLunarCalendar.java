package vn.kstthc.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversion between the Gregorian calendar and the Vietnamese lunisolar calendar (âm lịch),
 * computed astronomically for the Vietnamese time zone (UTC+7).
 *
 * <p>The rules are those of the traditional calendar as described by Hồ Ngọc Đức:
 * <ol>
 *   <li>a month begins on the local day (UTC+7) of a true new moon (ngày Sóc);</li>
 *   <li>month 11 is the month that contains the day of the winter solstice (Đông chí, apparent
 *       solar longitude 270°);</li>
 *   <li>when 13 months separate two consecutive months 11, the first month after month 11 that
 *       contains no major solar term (trung khí, a longitude multiple of 30°) is the leap month
 *       (tháng nhuận); it takes the number of the month before it.</li>
 * </ol>
 * Because the days are reckoned in UTC+7, the result differs from the Chinese calendar (UTC+8) in
 * some years: Tết 1985 was on 21/01/1985 in Vietnam but 20/02/1985 in China, Tết 2007 on 17/02
 * against 18/02.
 *
 * <p>Supported Gregorian range: 1900-01-01 to 2199-12-31. All methods are thread-safe.
 */
public final class VietnameseLunarCalendar {

  /** First supported Gregorian date. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  /** Last supported Gregorian date. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  private static final double TIME_ZONE_DAYS = 7.0 / 24.0;
  private static final double JULIAN_DAY_OF_EPOCH = 2440587.5;
  private static final double WINTER_SOLSTICE_LONGITUDE = 270.0;

  private static final Map<Integer, Cycle> CYCLES = new ConcurrentHashMap<>();

  private VietnameseLunarCalendar() {
  }

  /**
   * Converts a Gregorian date to its Vietnamese lunar date.
   *
   * @param date a date between {@link #MIN_DATE} and {@link #MAX_DATE}
   * @return the lunar date
   */
  public static LunarDate toLunar(LocalDate date) {
    requireSupported(date);
    long epochDay = date.toEpochDay();
    Cycle cycle = cycle(date.getYear());
    if (cycle.monthStart(0) > epochDay) {
      cycle = cycle(date.getYear() - 1);
    }
    long lunation = lunationContaining(epochDay);
    int index = (int) (lunation - cycle.firstLunation);
    int day = (int) (epochDay - newMoonDay(lunation)) + 1;
    return new LunarDate(cycle.lunarYear(index), cycle.monthNumber(index), day, index == cycle.leapIndex);
  }

  /**
   * Converts a Vietnamese lunar date to the Gregorian calendar.
   *
   * @param lunar a lunar date whose Gregorian date lies between {@link #MIN_DATE} and
   *              {@link #MAX_DATE} (lunar year 1899, month 12, to lunar year 2199)
   * @return the Gregorian date
   * @throws IllegalArgumentException if the month is not leap that year, the day exceeds the
   *                                  month's length (29 or 30 days), or the date is out of range
   */
  public static LocalDate toSolar(LunarDate lunar) {
    if (lunar.year() < MIN_DATE.getYear() - 1 || lunar.year() > MAX_DATE.getYear()) {
      throw new IllegalArgumentException("lunar year out of supported range: " + lunar.year());
    }
    Cycle cycle = cycle(lunar.month() >= 11 ? lunar.year() : lunar.year() - 1);
    int index = cycle.indexOf(lunar.month(), lunar.leapMonth());
    if (index < 0) {
      throw new IllegalArgumentException("no such month in lunar year " + lunar.year() + ": " + lunar);
    }
    long start = cycle.monthStart(index);
    long length = cycle.monthStart(index + 1) - start;
    if (lunar.day() > length) {
      throw new IllegalArgumentException(lunar + " does not exist: that month has " + length + " days");
    }
    LocalDate result = LocalDate.ofEpochDay(start + lunar.day() - 1);
    requireSupported(result);
    return result;
  }

  /**
   * Tết Nguyên đán: the Gregorian date of the first day of the given lunar year.
   *
   * @param year a lunar year, 1900-2199
   * @return the date of mùng 1 tháng Giêng
   */
  public static LocalDate tetNguyenDan(int year) {
    return toSolar(LunarDate.of(year, 1, 1));
  }

  /**
   * The leap month of a lunar year.
   *
   * @param year a lunar year, 1900-2199
   * @return the number of the month that is repeated (1-12), or 0 if the year has no leap month
   */
  public static int leapMonth(int year) {
    Cycle before = cycle(year - 1);
    if (before.leapIndex > 0 && before.monthNumber(before.leapIndex) <= 10) {
      return before.monthNumber(before.leapIndex);
    }
    Cycle after = cycle(year);
    if (after.leapIndex > 0 && after.monthNumber(after.leapIndex) >= 11) {
      return after.monthNumber(after.leapIndex);
    }
    return 0;
  }

  private static void requireSupported(LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new IllegalArgumentException("date out of supported range " + MIN_DATE + " to " + MAX_DATE + ": " + date);
    }
  }

  /** Local (UTC+7) epoch day on which new moon {@code k} falls. */
  static long newMoonDay(long k) {
    double localJulianDay = Astronomy.newMoonUniversalTime(k) + TIME_ZONE_DAYS;
    return (long) Math.floor(localJulianDay - JULIAN_DAY_OF_EPOCH);
  }

  /** Apparent solar longitude at 00:00 local time (UTC+7) of the given epoch day. */
  static double sunLongitudeAtStartOf(long epochDay) {
    return Astronomy.sunApparentLongitude(epochDay + JULIAN_DAY_OF_EPOCH - TIME_ZONE_DAYS);
  }

  private static int majorTermIndexAtStartOf(long epochDay) {
    return (int) Math.floor(sunLongitudeAtStartOf(epochDay) / 30.0);
  }

  /** The lunation whose month contains the given local epoch day. */
  private static long lunationContaining(long epochDay) {
    long k = Astronomy.nearestLunation(epochDay + JULIAN_DAY_OF_EPOCH);
    while (newMoonDay(k) > epochDay) {
      k--;
    }
    while (newMoonDay(k + 1) <= epochDay) {
      k++;
    }
    return k;
  }

  /** Lunation that starts month 11 (the month of the winter solstice) in December of a year. */
  private static long month11Lunation(int gregorianYear) {
    long k = lunationContaining(LocalDate.of(gregorianYear, 12, 31).toEpochDay());
    while (sunLongitudeAtStartOf(newMoonDay(k)) >= WINTER_SOLSTICE_LONGITUDE) {
      k--;
    }
    return k;
  }

  private static Cycle cycle(int gregorianYear) {
    return CYCLES.computeIfAbsent(gregorianYear, VietnameseLunarCalendar::computeCycle);
  }

  private static Cycle computeCycle(int gregorianYear) {
    long first = month11Lunation(gregorianYear);
    long next = month11Lunation(gregorianYear + 1);
    int months = (int) (next - first);
    long[] starts = new long[months + 1];
    for (int i = 0; i <= months; i++) {
      starts[i] = newMoonDay(first + i);
    }
    int leapIndex = -1;
    if (months == 13) {
      for (int i = 1; i < months; i++) {
        if (majorTermIndexAtStartOf(starts[i]) == majorTermIndexAtStartOf(starts[i + 1])) {
          leapIndex = i;
          break;
        }
      }
    }
    return new Cycle(gregorianYear, first, starts, leapIndex);
  }

  /**
   * The months from month 11 of one Gregorian year to the month before month 11 of the next.
   * Index 0 is month 11; {@code leapIndex} is -1 when the cycle has 12 months.
   */
  private record Cycle(int gregorianYear, long firstLunation, long[] starts, int leapIndex) {

    long monthStart(int index) {
      return starts[index];
    }

    int monthNumber(int index) {
      int ordinal = leapIndex > 0 && index >= leapIndex ? index - 1 : index;
      return (ordinal + 10) % 12 + 1;
    }

    int lunarYear(int index) {
      return monthNumber(index) >= 11 ? gregorianYear : gregorianYear + 1;
    }

    int indexOf(int month, boolean leap) {
      for (int i = 0; i < starts.length - 1; i++) {
        if (monthNumber(i) == month && (i == leapIndex) == leap) {
          return i;
        }
      }
      return -1;
    }
  }
}
