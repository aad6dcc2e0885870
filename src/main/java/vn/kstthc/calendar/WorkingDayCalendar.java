package vn.kstthc.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Working days (ngày làm việc) and office time (giờ hành chính) of Vietnamese public agencies.
 *
 * <p>A working day is Monday to Friday, except the days off of the {@link HolidaySchedule}, plus
 * the Saturdays or Sundays the schedule makes working days (làm bù). Day arithmetic follows Bộ luật
 * Dân sự 2015, Điều 147: the day on which a period starts (the day of receipt) is not counted. See
 * CALENDAR.md for the legal reasoning.
 *
 * <p>Immutable and thread-safe; the working days of each year are computed once and cached.
 * Supported dates: years 1900-2199.
 */
public final class WorkingDayCalendar {

  private final HolidaySchedule schedule;
  private final OfficeHours officeHours;
  private final ConcurrentMap<Integer, YearCalendar> years = new ConcurrentHashMap<>();

  /**
   * Creates a calendar.
   *
   * @param schedule    the days off and make-up days
   * @param officeHours the office sessions and time zone
   */
  public WorkingDayCalendar(HolidaySchedule schedule, OfficeHours officeHours) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
  }

  /** The shipped holiday files and the standard office hours. */
  public static WorkingDayCalendar standard() {
    return new WorkingDayCalendar(HolidaySchedule.standard(), OfficeHours.standard());
  }

  /** The holiday schedule in use. */
  public HolidaySchedule schedule() {
    return schedule;
  }

  /** The office hours in use. */
  public OfficeHours officeHours() {
    return officeHours;
  }

  /** Whether public agencies work on this date. */
  public boolean isWorkingDay(LocalDate date) {
    return year(date.getYear()).isWorking(date);
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    return addWorkingDays(date, 1);
  }

  /**
   * The {@code n}-th working day after {@code from}; {@code from} itself is not counted.
   *
   * @param from the start, e.g. the day of receipt
   * @param n    zero or more; 0 returns {@code from} if it is a working day, else the next one
   * @return the resulting working day
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    if (n == 0) {
      return isWorkingDay(from) ? from : addWorkingDays(from, 1);
    }
    YearCalendar calendar = year(from.getYear());
    long target = (long) calendar.countThrough(from) + n;
    while (target > calendar.total()) {
      target -= calendar.total();
      calendar = year(calendar.year() + 1);
    }
    return calendar.nthWorkingDay((int) target);
  }

  /**
   * Working days in {@code (fromExclusive, toInclusive]}; negative, with the same magnitude, when
   * {@code toInclusive} is before {@code fromExclusive}.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    YearCalendar start = year(fromExclusive.getYear());
    if (fromExclusive.getYear() == toInclusive.getYear()) {
      return start.countThrough(toInclusive) - start.countThrough(fromExclusive);
    }
    int count = start.total() - start.countThrough(fromExclusive);
    for (int y = fromExclusive.getYear() + 1; y < toInclusive.getYear(); y++) {
      count += year(y).total();
    }
    return count + year(toInclusive.getYear()).countThrough(toInclusive);
  }

  /**
   * Adds office time: only minutes inside office sessions of working days count. A start outside
   * office hours starts at the next office minute; a result that falls exactly at the end of a
   * session is that end (11:30, 17:30), not the start of the next session.
   *
   * @param from     the start instant, in any zone
   * @param duration zero or more office time, e.g. 16 working hours
   * @return the instant, in the office time zone
   */
  public ZonedDateTime addWorkingTime(ZonedDateTime from, Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative: " + duration);
    }
    LocalDateTime cursor = from.withZoneSameInstant(officeHours.zone()).toLocalDateTime();
    Duration remaining = duration;
    while (true) {
      LocalDate day = cursor.toLocalDate();
      OfficeHours.Session session = isWorkingDay(day) ? sessionEndingAfter(cursor) : null;
      if (session == null) {
        cursor = nextWorkingDay(day).atTime(officeHours.opening());
        continue;
      }
      LocalDateTime sessionStart = day.atTime(session.start());
      LocalDateTime start = cursor.isAfter(sessionStart) ? cursor : sessionStart;
      LocalDateTime end = day.atTime(session.end());
      Duration available = Duration.between(start, end);
      if (remaining.compareTo(available) <= 0) {
        return start.plus(remaining).atZone(officeHours.zone());
      }
      remaining = remaining.minus(available);
      cursor = end;
    }
  }

  /**
   * The first office instant at or after {@code instant}: the instant itself during office hours,
   * otherwise the opening of the next session on a working day. Use it to turn the moment a
   * dossier arrives outside office hours into the moment it can be received.
   */
  public ZonedDateTime nextOfficeInstant(ZonedDateTime instant) {
    return addWorkingTime(instant, Duration.ZERO);
  }

  /**
   * Due time of a deadline counted in working days: the end of office hours (17:30) of the
   * {@code workingDays}-th working day after the day of receipt. The day of receipt is not
   * counted, whatever the hour of receipt (khoản 2 và khoản 3 Điều 147 Bộ luật Dân sự năm 2015).
   *
   * @param receivedAt  the moment of receipt (tiếp nhận)
   * @param workingDays zero or more; 0 means the end of the day of receipt if it is a working day
   * @return the due instant, in the office time zone
   */
  public ZonedDateTime dueAtEndOfWorkingDay(ZonedDateTime receivedAt, int workingDays) {
    LocalDate dayOfReceipt = receivedAt.withZoneSameInstant(officeHours.zone()).toLocalDate();
    LocalDate dueDay = addWorkingDays(dayOfReceipt, workingDays);
    return dueDay.atTime(officeHours.closing()).atZone(officeHours.zone());
  }

  private OfficeHours.Session sessionEndingAfter(LocalDateTime cursor) {
    for (OfficeHours.Session session : officeHours.sessions()) {
      if (session.end().isAfter(cursor.toLocalTime())) {
        return session;
      }
    }
    return null;
  }

  private YearCalendar year(int year) {
    return years.computeIfAbsent(year, y -> YearCalendar.of(schedule.year(y)));
  }
}
