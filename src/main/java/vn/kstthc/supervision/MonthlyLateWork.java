package vn.kstthc.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.Timeliness;
import vn.kstthc.lateness.LateCaseRef;
import vn.kstthc.report.DossierRecord;
import vn.kstthc.report.FormFigures;
import vn.kstthc.reporting.CaseRow;
import vn.kstthc.reporting.ReportQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.StepRow;

/**
 * A month's late work and on-time rates per unit, from the reports' query layer ({@link
 * ReportQueries}: a step's unit is its responsible unit, a dossier's that of its first step). Read
 * for every unit: the late list runs as the engine, for the whole Sở. The late list's own steps
 * are left out, so that explaining late does not put the explanation itself on next month's list.
 * The TTHC dossiers of the provincial one-stop system, imported ({@code kstthc_dossier_record}),
 * are listed when resolved late in the month, as form II.05a counts them (seed 004 PL§3 r4: the
 * list is about dossiers handled late), and a unit's rate counts them with its steps: judged, every
 * dossier it resolved in the month; late, those resolved after their due day.
 */
@Component
public class MonthlyLateWork {

  private final ReportQueries queries;
  private final FormFigures oneStop;
  private final WorkingDayCalendar calendar;

  MonthlyLateWork(ReportQueries queries, FormFigures oneStop, WorkingDayCalendar calendar) {
    this.queries = queries;
    this.oneStop = oneStop;
    this.calendar = calendar;
  }

  /** A month's data, read once. */
  public Month read(YearMonth month, Instant now) {
    List<StepRow> steps = queries.steps(ReportScope.everyUnit(), month.atDay(1), month.atEndOfMonth(), now).stream()
        .filter(step -> step.done() != null && !DanhSachTreHanProcess.isLateList(step.processKey()))
        .toList();
    List<CaseRow> cases = queries.cases(ReportScope.everyUnit(), month.atDay(1), month.atEndOfMonth(), now).stream()
        .filter(c -> c.done() != null && !DanhSachTreHanProcess.isLateList(c.processKey()))
        .toList();
    ZoneId zone = calendar.officeHours().zone();
    List<LateWork> imported = oneStop.resolvedLate(month.atDay(1), month.atEndOfMonth()).stream()
        .map(d -> oneStopDossier(d, zone))
        .toList();
    return new Month(steps, cases, imported, oneStop.resolved(month.atDay(1), month.atEndOfMonth()));
  }

  private LateWork oneStopDossier(DossierRecord d, ZoneId zone) {
    String tthc = d.tthcCode() == null ? d.tthcName() : d.tthcCode() + " " + d.tthcName();
    return new LateWork(LateCaseRef.oneStop(d.unitId(), d.caseNumber()), true, null, d.caseNumber(),
        tthc, d.unitId(), null, startOf(d.dueOn(), zone), startOf(d.finishedOn(), zone),
        calendar.workingDaysBetween(d.dueOn(), d.finishedOn()));
  }

  private static Instant startOf(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }

  /**
   * The finished steps and dossiers of a month, and the one-stop dossiers resolved in it: late
   * ({@code oneStopLate}, as listed) and all ({@code oneStopResolved}, for the rates).
   */
  public record Month(
      List<StepRow> steps, List<CaseRow> cases, List<LateWork> oneStopLate, List<DossierRecord> oneStopResolved) {

    /** Steps and dossiers finished late, by unit, then by time finished. */
    public List<LateWork> late() {
      List<LateWork> late = new ArrayList<>();
      steps.stream().filter(s -> s.status() == Timeliness.TRE_HAN).forEach(s -> late.add(new LateWork(
          LateCaseRef.outcome(s.taskId()), false, s.processKey(), s.caseNumber(), s.stepName(), s.unitId(),
          s.officerId(), s.due(), s.done(), days(s.workingDaysLate()))));
      cases.stream().filter(c -> c.status() == Timeliness.TRE_HAN).forEach(c -> late.add(new LateWork(
          LateCaseRef.outcome(c.processInstanceId()), true, c.processKey(), c.caseNumber(), c.processName(),
          c.unitId(), null, c.due(), c.done(), days(c.workingDaysLate()))));
      late.addAll(oneStopLate);
      late.sort(Comparator.comparing((LateWork w) -> String.valueOf(w.unitId())).thenComparing(LateWork::finishedAt)
          .thenComparing(w -> w.lateCase().ref()));
      return late;
    }

    /**
     * Per unit, its steps judged against a deadline (before, on or after it) and its imported
     * dossiers resolved, and those on time (a dossier: resolved on or before its due day, as form
     * II.05a's "quá hạn" is after it).
     */
    public List<UnitRate> rates() {
      Map<String, int[]> counts = new TreeMap<>();
      for (StepRow step : steps) {
        if (step.unitId() == null || step.status() == null || step.status() == Timeliness.KHONG_HAN
            || step.status() == Timeliness.DA_HUY) {
          continue;
        }
        int[] count = counts.computeIfAbsent(step.unitId(), unit -> new int[2]);
        count[0]++;
        if (step.status() != Timeliness.TRE_HAN) {
          count[1]++;
        }
      }
      for (DossierRecord dossier : oneStopResolved) {
        if (dossier.unitId() == null) {
          continue;
        }
        int[] count = counts.computeIfAbsent(dossier.unitId(), unit -> new int[2]);
        count[0]++;
        if (!dossier.finishedOn().isAfter(dossier.dueOn())) {
          count[1]++;
        }
      }
      return counts.entrySet().stream().map(e -> new UnitRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static int days(Integer late) {
      return late == null ? 0 : late;
    }
  }
}
