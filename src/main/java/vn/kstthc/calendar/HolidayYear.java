package vn.kstthc.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The days off and make-up working days of one Gregorian year, with where they come from.
 *
 * <p>A day off (ngày nghỉ) is a day on which offices are closed although it may be a weekday:
 * a public holiday, a compensatory day (nghỉ bù) or a swapped day (hoán đổi). A make-up working day
 * (ngày làm bù) is a Saturday or Sunday on which offices work. Weekends are not listed: they are off
 * unless listed as make-up working days. Instances are immutable.
 */
public final class HolidayYear {

  private final int year;
  private final Map<LocalDate, NamedDay> daysOff;
  private final Map<LocalDate, NamedDay> makeUpWorkingDays;
  private final String source;
  private final String origin;

  /**
   * Creates a year.
   *
   * @param year              the Gregorian year
   * @param daysOff           days off in that year
   * @param makeUpWorkingDays make-up working days in that year
   * @param source            the legal source, in Vietnamese (document number, date, issuer)
   * @param origin            where the data was read: a file or resource name, or "computed"
   * @throws IllegalArgumentException if a day lies outside the year, is listed twice, or is both
   *                                  a day off and a make-up working day
   */
  public HolidayYear(int year, Collection<NamedDay> daysOff, Collection<NamedDay> makeUpWorkingDays,
             String source, String origin) {
    this.year = year;
    this.source = Objects.requireNonNull(source, "source");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.daysOff = index(year, daysOff, "day off");
    this.makeUpWorkingDays = index(year, makeUpWorkingDays, "make-up working day");
    for (LocalDate date : this.makeUpWorkingDays.keySet()) {
      if (this.daysOff.containsKey(date)) {
        throw new IllegalArgumentException(date + " is both a day off and a make-up working day");
      }
    }
  }

  private static Map<LocalDate, NamedDay> index(int year, Collection<NamedDay> days, String kind) {
    TreeMap<LocalDate, NamedDay> byDate = new TreeMap<>();
    for (NamedDay day : days) {
      if (day.date().getYear() != year) {
        throw new IllegalArgumentException(kind + " " + day.date() + " is not in year " + year);
      }
      if (byDate.put(day.date(), day) != null) {
        throw new IllegalArgumentException(kind + " " + day.date() + " is listed twice");
      }
    }
    return Collections.unmodifiableMap(byDate);
  }

  /** The Gregorian year. */
  public int year() {
    return year;
  }

  /** Days off, in date order. */
  public List<NamedDay> daysOff() {
    return List.copyOf(daysOff.values());
  }

  /** Make-up working days, in date order. */
  public List<NamedDay> makeUpWorkingDays() {
    return List.copyOf(makeUpWorkingDays.values());
  }

  /** Whether offices are closed on this date because of a holiday, nghỉ bù or a swap. */
  public boolean isDayOff(LocalDate date) {
    return daysOff.containsKey(date);
  }

  /** Whether this date is a weekend day on which offices work (làm bù). */
  public boolean isMakeUpWorkingDay(LocalDate date) {
    return makeUpWorkingDays.containsKey(date);
  }

  /** The Vietnamese name of the day off or make-up working day on this date, if any. */
  public Optional<String> nameOf(LocalDate date) {
    NamedDay day = daysOff.containsKey(date) ? daysOff.get(date) : makeUpWorkingDays.get(date);
    return Optional.ofNullable(day).map(NamedDay::name);
  }

  /** The legal source, in Vietnamese. */
  public String source() {
    return source;
  }

  /** Where the data was read from (a file or resource), or {@code "computed"}. */
  public String origin() {
    return origin;
  }

  @Override
  public String toString() {
    return "HolidayYear[" + year + ", " + daysOff.size() + " days off, " + makeUpWorkingDays.size()
        + " make-up days, from " + origin + "]";
  }
}
