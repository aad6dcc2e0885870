package vn.kstthc.deadline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * Date functions for the engine's expressions ({@code camunda:dueDate}, timers, conditions), so
 * that a process owner writes the deadlines of the seeds without Java: {@code
 * ${earlierOf('P1D', hanXuLyHoSo)}}, {@code ${calendarDaysBefore(ngayCoHieuLuc, 5)}}, {@code
 * ${dayOfQuarterLastMonth(15)}}. "This month" is that of now, in the office time zone. A deadline
 * on a calendar date that is a day off ends at the end of the next working day (Bộ luật Dân sự
 * 2015, Điều 148), as a written date does ({@link DeadlineNotation#endOfDay}). Registered by
 * {@link WorkingDayFunctions}; every public static method here is a function of that name.
 */
public final class DueDateFunctions {

  private DueDateFunctions() {}

  /**
   * The earlier of two deadlines, each a notation ({@code P3D}, {@code PT4H}, {@code lich:P5D},
   * {@code 2026-12-15}, counted from now, as a {@code camunda:dueDate} is) or a Date; the first on
   * a tie. A missing one (null) is no limit. Returned as a Date that keeps whether it is counted in
   * days ({@link DueDay}).
   */
  public static Date earlierOf(Object first, Object second) {
    Date a = deadline(first);
    Date b = deadline(second);
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return b.before(a) ? b : a;
  }

  /**
   * The end of office hours, {@code days} calendar days before {@code date} (a Date, or an ISO date
   * {@code 2026-07-01} from a form): "at least 5 days before the document takes effect". A day off
   * moves it to the working day before, not after: Điều 148 lengthens a period that must end, and
   * here moving later would leave less than {@code days} days.
   */
  public static Date calendarDaysBefore(Object date, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Số ngày trước '" + days + "' phải từ 0 trở lên.");
    }
    WorkingDayCalendar calendar = WorkingDayFunctions.calendar();
    LocalDate day = dayOf(date, calendar).minusDays(days);
    while (!calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return new DueDay(day.atTime(calendar.officeHours().closing()).atZone(calendar.officeHours().zone()).toInstant());
  }

  /**
   * Day {@code day} of this month, at the end of office hours ("by the 5th"); the last day of a
   * shorter month for 29 to 31; a day off: the next working day.
   */
  public static Date dayOfMonth(int day) {
    return dayOf(YearMonth.from(today()), day);
  }

  /**
   * Day {@code day} of the last month of this quarter (March, June, September, December), at the
   * end of office hours: "units report by the 15th of the quarter's last month"; a day off: the
   * next working day.
   */
  public static Date dayOfQuarterLastMonth(int day) {
    LocalDate today = today();
    int lastMonth = (today.getMonthValue() - 1) / 3 * 3 + 3;
    return dayOf(YearMonth.of(today.getYear(), lastMonth), day);
  }

  /** The opening of office hours (07:30) on the first working day of this month: a start, for timers. */
  public static Date firstWorkingDayOfMonth() {
    return firstWorkingDayOf(YearMonth.from(today()));
  }

  /** The opening of office hours (07:30) on the first working day of next month. */
  public static Date firstWorkingDayOfNextMonth() {
    return firstWorkingDayOf(YearMonth.from(today()).plusMonths(1));
  }

  /**
   * A timer cycle for a start event that fires at 07:30 on the first working day of every month:
   * {@code R/<the next such moment>/P1M}. Camunda would repeat it by calendar month (the same day
   * each month); with {@code reevaluate-time-cycle-when-due} on (application.yaml), the engine
   * reads the expression again each time it fires and so moves to the next month's first working
   * day, after Tết or 1/5 as the calendar says.
   */
  public static String everyFirstWorkingDayOfMonth() {
    WorkingDayCalendar calendar = WorkingDayFunctions.calendar();
    ZonedDateTime now = now(calendar);
    Date thisMonth = firstWorkingDayOf(YearMonth.from(now.toLocalDate()));
    Date next = thisMonth.toInstant().isAfter(now.toInstant()) ? thisMonth : firstWorkingDayOfNextMonth();
    return "R/" + next.toInstant().atZone(calendar.officeHours().zone()).toOffsetDateTime() + "/P1M";
  }

  private static Date deadline(Object value) {
    if (value == null || value instanceof Date) {
      return (Date) value;
    }
    if (value instanceof String text) {
      WorkingDayCalendar calendar = WorkingDayFunctions.calendar();
      ZonedDateTime due = DeadlineNotation.resolve(text, now(calendar), calendar);
      return DeadlineNotation.kindOf(text) == DeadlineKind.DAYS ? new DueDay(due.toInstant()) : Date.from(due.toInstant());
    }
    throw new IllegalArgumentException(
        "Hạn '" + value + "' không phải một hạn xử lý: cần một ngày (Date) hoặc cách viết như P3D, PT4H, 2026-12-15.");
  }

  private static LocalDate dayOf(Object value, WorkingDayCalendar calendar) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(calendar.officeHours().zone()).toLocalDate();
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    String text = value == null ? "" : value.toString().strip();
    try {
      // a date picked in a form, possibly with a time: only the day counts
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' không phải một ngày (yyyy-MM-dd).", e);
    }
  }

  private static Date dayOf(YearMonth month, int day) {
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("Ngày trong tháng '" + day + "' phải từ 1 đến 31.");
    }
    WorkingDayCalendar calendar = WorkingDayFunctions.calendar();
    LocalDate date = month.atDay(Math.min(day, month.lengthOfMonth()));
    return new DueDay(DeadlineNotation.endOfDay(date, calendar).toInstant());
  }

  private static Date firstWorkingDayOf(YearMonth month) {
    WorkingDayCalendar calendar = WorkingDayFunctions.calendar();
    LocalDate first = calendar.addWorkingDays(month.atDay(1), 0);
    return Date.from(first.atTime(calendar.officeHours().opening()).atZone(calendar.officeHours().zone()).toInstant());
  }

  private static LocalDate today() {
    return now(WorkingDayFunctions.calendar()).toLocalDate();
  }

  private static ZonedDateTime now(WorkingDayCalendar calendar) {
    return ClockUtil.getCurrentTime().toInstant().atZone(calendar.officeHours().zone());
  }
}
