package vn.kstthc.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.Timeliness;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.reporting.ReportQueries;
import vn.kstthc.reporting.ReportScope;

/**
 * A unit's late cases of a report's period, for its part of the report: the steps and dossiers of
 * our procedures finished late and the imported one-stop dossiers resolved late, named exactly as
 * the monthly late list names them (the outcome's id, or the one-stop dossier number: {@link
 * LateCaseRef}), so an explanation given in one shows in the other. Read the same way as the
 * monthly list ({@code supervision.MonthlyLateWork}): every unit, then the unit's; the late list's
 * own explanation steps are left out.
 */
@Component
public class UnitLateCases {

  /** The monthly late list, whose own steps are not late cases to explain (an explanation about explaining). */
  static final String LATE_LIST_KEY = "danh-sach-tre-han";

  /**
   * @param what the step's name, the dossier's procedure, or the one-stop dossier's TTHC
   * @param dayOnly a one-stop dossier is known by the day only
   */
  public record LateCase(LateCaseRef ref, String kind, String dossier, String what, Instant due, Instant finished,
      int workingDaysLate, boolean dayOnly) {}

  private final ReportQueries queries;
  private final FormFigures oneStop;
  private final WorkingDayCalendar calendar;

  UnitLateCases(ReportQueries queries, FormFigures oneStop, WorkingDayCalendar calendar) {
    this.queries = queries;
    this.oneStop = oneStop;
    this.calendar = calendar;
  }

  /** The unit's late cases finished in the period, by time finished. */
  public List<LateCase> of(String unit, LocalDate first, LocalDate last, Instant now) {
    List<LateCase> late = new ArrayList<>();
    queries.steps(ReportScope.everyUnit(), first, last, now).stream()
        .filter(s -> s.done() != null && s.status() == Timeliness.TRE_HAN && unit.equals(s.unitId())
            && !LATE_LIST_KEY.equals(s.processKey()))
        .forEach(s -> late.add(new LateCase(LateCaseRef.outcome(s.taskId()), "Bước xử lý", s.caseNumber(),
            s.stepName(), s.due(), s.done(), days(s.workingDaysLate()), false)));
    queries.cases(ReportScope.everyUnit(), first, last, now).stream()
        .filter(c -> c.done() != null && c.status() == Timeliness.TRE_HAN && unit.equals(c.unitId())
            && !LATE_LIST_KEY.equals(c.processKey()))
        .forEach(c -> late.add(new LateCase(LateCaseRef.outcome(c.processInstanceId()), "Hồ sơ", c.caseNumber(),
            c.processName(), c.due(), c.done(), days(c.workingDaysLate()), false)));
    ZoneId zone = calendar.officeHours().zone();
    oneStop.resolvedLate(first, last).stream().filter(d -> unit.equals(d.unitId())).forEach(d -> late.add(
        new LateCase(LateCaseRef.oneStop(d.unitId(), d.caseNumber()), "Hồ sơ TTHC (một cửa)",
            d.caseNumber(), d.tthcCode() == null ? d.tthcName() : d.tthcCode() + " " + d.tthcName(),
            d.dueOn().atStartOfDay(zone).toInstant(), d.finishedOn().atStartOfDay(zone).toInstant(),
            calendar.workingDaysBetween(d.dueOn(), d.finishedOn()), true)));
    late.sort(Comparator.comparing(LateCase::finished).thenComparing(c -> c.ref().ref()));
    return late;
  }

  private static int days(Integer late) {
    return late == null ? 0 : late;
  }
}
