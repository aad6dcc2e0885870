package vn.kstthc.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import vn.kstthc.calendar.WorkingDayCalendar;

/**
 * A periodic report type as the report types file describes it (see {@code
 * reports/loai-bao-cao.yaml}): its periods end on {@code endDay} of each of {@code endMonths} and
 * each starts the day after the previous one ends.
 *
 * @param unitsDueDay day the units' parts are due, or null where no source gives one
 * @param departmentDueDay day the Sở's report is due, or null
 * @param reportingRole the role whose units report
 * @param forms template ids of its forms
 */
public record ReportType(
    String id,
    String name,
    SortedSet<Integer> endMonths,
    int endDay,
    Integer unitsDueDay,
    Integer departmentDueDay,
    String reportingRole,
    List<String> forms,
    String source) {

  public ReportType {
    endMonths = new TreeSet<>(endMonths);
    forms = List.copyOf(forms);
  }

  /** The period a day belongs to. */
  public ReportPeriod periodOf(LocalDate day, WorkingDayCalendar calendar) {
    LocalDate end = endOnOrAfter(day);
    return period(previousEnd(end).plusDays(1), end, calendar);
  }

  /** The period before {@code period}. */
  public ReportPeriod previous(ReportPeriod period, WorkingDayCalendar calendar) {
    return periodOf(period.first().minusDays(1), calendar);
  }

  private ReportPeriod period(LocalDate first, LocalDate last, WorkingDayCalendar calendar) {
    return new ReportPeriod(id, first, last, due(last, unitsDueDay, calendar), due(last, departmentDueDay, calendar));
  }

  /** The first end of a period on or after {@code day}. */
  private LocalDate endOnOrAfter(LocalDate day) {
    YearMonth month = YearMonth.from(day);
    for (int i = 0; i <= 12; i++, month = month.plusMonths(1)) {
      LocalDate end = endIn(month);
      if (end != null && !end.isBefore(day)) {
        return end;
      }
    }
    throw new IllegalStateException("Loại báo cáo '" + id + "' không có tháng kết thúc kỳ");
  }

  private LocalDate previousEnd(LocalDate end) {
    YearMonth month = YearMonth.from(end).minusMonths(1);
    for (int i = 0; i < 12; i++, month = month.minusMonths(1)) {
      LocalDate previous = endIn(month);
      if (previous != null) {
        return previous;
      }
    }
    return endIn(YearMonth.from(end).minusYears(1));
  }

  private LocalDate endIn(YearMonth month) {
    return endMonths.contains(month.getMonthValue()) ? month.atDay(Math.min(endDay, month.lengthOfMonth())) : null;
  }

  /**
   * The first {@code day} of a month after the period's last day; a day off moves it to the next
   * working day (Điều 148 Bộ luật Dân sự 2015).
   */
  private static LocalDate due(LocalDate last, Integer day, WorkingDayCalendar calendar) {
    if (day == null) {
      return null;
    }
    YearMonth month = YearMonth.from(last);
    LocalDate due = month.atDay(Math.min(day, month.lengthOfMonth()));
    if (!due.isAfter(last)) {
      YearMonth next = month.plusMonths(1);
      due = next.atDay(Math.min(day, next.lengthOfMonth()));
    }
    return calendar.isWorkingDay(due) ? due : calendar.nextWorkingDay(due);
  }
}
