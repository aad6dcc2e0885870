package vn.kstthc.supervision;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.kstthc.deadline.Timeliness;
import vn.kstthc.reporting.CaseRow;
import vn.kstthc.reporting.ReportQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.StepRow;

/**
 * A month's late work and on-time rates per unit, from the reports' query layer ({@link
 * ReportQueries}: a step's unit is its responsible unit, a dossier's that of its first step). Read
 * for every unit: the late list runs as the engine, for the whole Sở. The late list's own steps
 * are left out, so that explaining late does not put the explanation itself on next month's list.
 */
@Component
public class MonthlyLateWork {

  private final ReportQueries queries;

  MonthlyLateWork(ReportQueries queries) {
    this.queries = queries;
  }

  /** A month's data, read once. */
  public Month read(YearMonth month, Instant now) {
    List<StepRow> steps = queries.steps(ReportScope.everyUnit(), month.atDay(1), month.atEndOfMonth(), now).stream()
        .filter(step -> step.done() != null && !DanhSachTreHanProcess.KEY.equals(step.processKey()))
        .toList();
    List<CaseRow> cases = queries.cases(ReportScope.everyUnit(), month.atDay(1), month.atEndOfMonth(), now).stream()
        .filter(c -> c.done() != null && !DanhSachTreHanProcess.KEY.equals(c.processKey()))
        .toList();
    return new Month(steps, cases);
  }

  /** The finished steps and dossiers of a month. */
  public record Month(List<StepRow> steps, List<CaseRow> cases) {

    /** Steps and dossiers finished late, by unit, then by time finished. */
    public List<LateWork> late() {
      List<LateWork> late = new ArrayList<>();
      steps.stream().filter(s -> s.status() == Timeliness.TRE_HAN).forEach(s -> late.add(new LateWork(s.taskId(), false,
          s.processKey(), s.caseNumber(), s.stepName(), s.unitId(), s.officerId(), s.due(), s.done(), days(s.workingDaysLate()))));
      cases.stream().filter(c -> c.status() == Timeliness.TRE_HAN).forEach(c -> late.add(new LateWork(c.processInstanceId(),
          true, c.processKey(), c.caseNumber(), c.processName(), c.unitId(), null, c.due(), c.done(), days(c.workingDaysLate()))));
      late.sort(Comparator.comparing((LateWork w) -> String.valueOf(w.unitId())).thenComparing(LateWork::finishedAt)
          .thenComparing(LateWork::outcomeId));
      return late;
    }

    /** Per unit, its steps judged against a deadline (before, on or after it) and those on time. */
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
      return counts.entrySet().stream().map(e -> new UnitRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private static int days(Integer late) {
      return late == null ? 0 : late;
    }
  }
}
