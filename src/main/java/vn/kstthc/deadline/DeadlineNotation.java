package vn.kstthc.deadline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * How a process owner writes a deadline in the BPMN ({@code camunda:dueDate}, {@code
 * camunda:followUpDate}, timer {@code timeDate} / {@code timeDuration}, the process property
 * {@code hanXuLyHoSo}), and what it means:
 *
 * <table>
 *   <tr><th>written</th><th>means</th></tr>
 *   <tr><td>{@code P3D}</td><td>3 working days: the end of office hours (17:30) of the 3rd working
 *       day after the start day; the start day is not counted</td></tr>
 *   <tr><td>{@code PT16H}, {@code PT4H30M}, {@code PT30S}</td><td>working time: office time on
 *       working days from the start (a technical timer that must fire at night too is written
 *       {@code lich:PT10M})</td></tr>
 *   <tr><td>{@code lich:P5D}, {@code lich:PT48H}</td><td>calendar time (ngày lịch), for the few
 *       rules counted in calendar days; a period in days whose last day is a day off ends at the
 *       end of office hours of the next working day</td></tr>
 *   <tr><td>{@code 2026-12-15}</td><td>that day, at the end of office hours; a day off: the next
 *       working day</td></tr>
 *   <tr><td>{@code 2026-12-15T10:00:00}</td><td>that moment</td></tr>
 * </table>
 *
 * A deadline in days never ends on a day off: Bộ luật Dân sự 2015, Điều 148 khoản 2, when the last
 * day of a period is a weekend day or a holiday, the period ends at the end of the next working day.
 * Periods in working days end on a working day anyway; hours and date-times are moments, and stay.
 *
 * <p>Anything else is refused with a message a process owner can act on.
 */
public final class DeadlineNotation {

  public static final String CALENDAR_PREFIX = "lich:";

  private static final Pattern WORKING_DAYS = Pattern.compile("P(\\d+)D");
  private static final Pattern WORKING_TIME = Pattern.compile("PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?");

  private DeadlineNotation() {}

  /**
   * The moment a deadline falls due.
   *
   * @param text the notation, as written in the BPMN or computed by an expression
   * @param start when the period starts (now, or the receipt of a dossier)
   */
  public static ZonedDateTime resolve(String text, ZonedDateTime start, WorkingDayCalendar calendar) {
    String value = text == null ? "" : text.strip();
    if (value.startsWith(CALENDAR_PREFIX)) {
      return calendarTime(value.substring(CALENDAR_PREFIX.length()), start, text, calendar);
    }
    Matcher days = WORKING_DAYS.matcher(value);
    if (days.matches()) {
      return calendar.dueAtEndOfWorkingDay(start, Integer.parseInt(days.group(1)));
    }
    Matcher time = WORKING_TIME.matcher(value);
    if (time.matches() && (time.group(1) != null || time.group(2) != null || time.group(3) != null)) {
      Duration duration =
          Duration.ofHours(time.group(1) == null ? 0 : Long.parseLong(time.group(1)))
              .plusMinutes(time.group(2) == null ? 0 : Long.parseLong(time.group(2)))
              .plusSeconds(time.group(3) == null ? 0 : Long.parseLong(time.group(3)));
      return calendar.addWorkingTime(start, duration);
    }
    if (value.startsWith("P")) {
      throw invalid(text);
    }
    try {
      if (value.length() == 10) {
        return endOfDay(LocalDate.parse(value), calendar);
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return ZonedDateTime.parse(value.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
            .withZoneSameInstant(calendar.officeHours().zone());
      }
      return LocalDateTime.parse(value).atZone(calendar.officeHours().zone());
    } catch (DateTimeParseException e) {
      throw invalid(text);
    }
  }

  /**
   * Whether a deadline is counted in days or in hours, from its notation alone (see {@link
   * DeadlineKind}): {@code P3D}, {@code lich:P5D} and a date are days; {@code PT8H}, {@code
   * lich:PT48H} and a date-time are hours.
   *
   * @param text a notation {@link #resolve} accepts
   */
  public static DeadlineKind kindOf(String text) {
    String value = text.strip();
    if (value.startsWith(CALENDAR_PREFIX)) {
      return value.contains("T") ? DeadlineKind.HOURS : DeadlineKind.DAYS;
    }
    return WORKING_DAYS.matcher(value).matches() || value.length() == 10 ? DeadlineKind.DAYS : DeadlineKind.HOURS;
  }

  public static Date resolveToDate(String text, Date start, WorkingDayCalendar calendar) {
    ZonedDateTime from = start.toInstant().atZone(calendar.officeHours().zone());
    return Date.from(resolve(text, from, calendar).toInstant());
  }

  /**
   * The end of office hours of the last day of a period in days, {@code day} itself or, when it is a
   * day off, the next working day (Bộ luật Dân sự 2015, Điều 148 khoản 2).
   */
  public static ZonedDateTime endOfDay(LocalDate day, WorkingDayCalendar calendar) {
    return calendar.addWorkingDays(day, 0).atTime(calendar.officeHours().closing()).atZone(calendar.officeHours().zone());
  }

  private static ZonedDateTime calendarTime(String iso, ZonedDateTime start, String text, WorkingDayCalendar calendar) {
    try {
      if (iso.contains("T")) {
        return start.plus(Duration.parse(iso));
      }
      ZonedDateTime end = start.withZoneSameInstant(calendar.officeHours().zone()).plus(java.time.Period.parse(iso));
      return calendar.isWorkingDay(end.toLocalDate()) ? end : endOfDay(end.toLocalDate(), calendar);
    } catch (DateTimeParseException e) {
      throw invalid(text);
    }
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "Hạn xử lý '"
            + text
            + "' không hợp lệ. Viết P3D (3 ngày làm việc), PT16H (16 giờ làm việc), "
            + "lich:P5D (5 ngày theo lịch), 2026-12-15 (hết giờ làm việc ngày đó) "
            + "hoặc 2026-12-15T10:00:00.");
  }
}
