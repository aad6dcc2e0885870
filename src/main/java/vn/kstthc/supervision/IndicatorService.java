package vn.kstthc.supervision;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.Timeliness;
import vn.kstthc.reporting.CaseRow;
import vn.kstthc.reporting.ReportQueries;
import vn.kstthc.reporting.ReportScope;
import vn.kstthc.reporting.StepRow;

/**
 * Indicators against their yearly targets, for a period and the units a reader may see: the actual
 * figure of each computed indicator (dossiers of its process finished on time, out of those judged
 * against a deadline; cancelled ones and those without deadline are not counted), its trend by
 * month, the value standing of each indicator entered by hand ({@link IndicatorEntries}), and the
 * open steps that will be late within a few working days. Read through the
 * reports' query layer, always within a {@link ReportScope}.
 */
@Service
public class IndicatorService {

  private final IndicatorRegisters registers;
  private final ReportQueries queries;
  private final WorkingDayCalendar calendar;
  private final IndicatorEntries entries;

  IndicatorService(IndicatorRegisters registers, ReportQueries queries, WorkingDayCalendar calendar,
      IndicatorEntries entries) {
    this.registers = registers;
    this.queries = queries;
    this.calendar = calendar;
    this.entries = entries;
  }

  /** Dossiers judged and on time; the actual rate (one decimal), null when none was judged. */
  public record Count(int judged, int onTime) {
    @JsonProperty // a figure of the REST answer, as judged and onTime
    public Double actual() {
      return judged == 0 ? null : Math.round(onTime * 1000.0 / judged) / 10.0;
    }

    /** Whether the target is reached, counted exactly; null when nothing was judged. */
    public Boolean meets(double target) {
      return judged == 0 ? null : onTime * 100.0 >= target * judged;
    }

    Count plus(boolean onTime) {
      return new Count(judged + 1, this.onTime + (onTime ? 1 : 0));
    }
  }

  /**
   * One indicator for the period: computed ones with their count; those entered by hand with the
   * value standing ({@code entry}: who gave it, when, for which period); imported ones with none yet.
   */
  public record Result(Indicator indicator, Count count, Double actual, Boolean met, IndicatorEntries.Entry entry) {}

  /** One computed indicator, month by month. */
  public record Trend(Indicator indicator, Map<String, Count> months) {}

  /**
   * The register applied and the results. {@code earlierYear}: the period's year has no register
   * yet, so last year's targets are shown.
   */
  public record Figures(IndicatorRegister register, boolean earlierYear, LocalDate from, LocalDate to, String unit,
      List<Result> results, List<Trend> trends) {}

  /**
   * An open step due within the horizon, or already overdue; {@code indicator}: its process is
   * counted by an indicator, so its dossier's lateness costs a target.
   */
  public record SoonLate(StepRow step, boolean overdue, boolean indicator) {}

  /**
   * @param unit the unit asked about (within the scope), or null for every unit of the scope
   * @throws IllegalArgumentException when no register covers the period's year
   */
  public Figures figures(ReportScope scope, String unit, LocalDate from, LocalDate to, Instant now) {
    IndicatorRegister register = registers.forUnit(unit, to.getYear()).orElseThrow(() ->
        new IllegalArgumentException("Chưa có tệp chỉ tiêu cho năm " + to.getYear() + " hoặc các năm trước."));
    List<CaseRow> cases = queries.cases(scope, from, to, now);
    ZoneId zone = calendar.officeHours().zone();
    List<Result> results = new ArrayList<>();
    List<Trend> trends = new ArrayList<>();
    for (Indicator indicator : register.indicators()) {
      String process = indicator.processKey();
      if (indicator.source() == Indicator.Source.MANUAL) {
        // a unit's own value when one unit is asked, else the Sở's
        Optional<IndicatorEntries.Entry> entry = entries.latestWithin(indicator.code(), unit, from, to);
        results.add(new Result(indicator, null, entry.map(e -> e.value().doubleValue()).orElse(null),
            entry.map(e -> e.value().compareTo(BigDecimal.valueOf(indicator.target())) >= 0).orElse(null),
            entry.orElse(null)));
        continue;
      }
      if (process == null) {
        results.add(new Result(indicator, null, null, null, null));
        continue;
      }
      Count total = new Count(0, 0);
      Map<String, Count> months = new TreeMap<>();
      for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
        months.put(m.toString(), new Count(0, 0));
      }
      for (CaseRow c : cases) {
        if (!process.equals(c.processKey()) || !judged(c.status())) {
          continue;
        }
        boolean onTime = c.status() != Timeliness.TRE_HAN;
        total = total.plus(onTime);
        months.computeIfPresent(YearMonth.from(c.done().atZone(zone)).toString(), (k, count) -> count.plus(onTime));
      }
      results.add(new Result(indicator, total, total.actual(), total.meets(indicator.target()), null));
      trends.add(new Trend(indicator, months));
    }
    return new Figures(register, register.year() < to.getYear(), from, to, unit, results, trends);
  }

  /**
   * Open steps that will be late within {@code workingDays} working days if nobody acts (due by
   * the end of that working day), and those already overdue; the earliest due first.
   */
  public List<SoonLate> soonLate(ReportScope scope, int workingDays, Instant now) {
    ZoneId zone = calendar.officeHours().zone();
    LocalDate today = now.atZone(zone).toLocalDate();
    Instant horizon = calendar.addWorkingDays(today, workingDays).plusDays(1).atStartOfDay(zone).toInstant();
    Set<String> watched = registers.all().stream().flatMap(r -> r.indicators().stream())
        .map(Indicator::processKey).filter(k -> k != null).collect(Collectors.toSet());
    return queries.openSteps(scope, now).stream()
        .filter(s -> s.due() != null && s.due().isBefore(horizon))
        .sorted(Comparator.comparing(StepRow::due).thenComparing(StepRow::taskId))
        .map(s -> new SoonLate(s, s.overdue(), watched.contains(s.processKey())))
        .toList();
  }

  /**
   * Per unit, its steps finished in the period and judged, and those on time; and the late ones.
   * The late list's explanation tasks are not counted: explaining late is not handling a case late.
   */
  public record UnitSteps(List<UnitRate> rates, List<StepRow> late) {}

  public UnitSteps unitSteps(ReportScope scope, LocalDate from, LocalDate to, Instant now) {
    Map<String, int[]> counts = new TreeMap<>();
    List<StepRow> late = new ArrayList<>();
    for (StepRow step : queries.steps(scope, from, to, now)) {
      // the late list's own explanation tasks are left out, as the late list leaves them out
      if (step.done() == null || step.unitId() == null || !judged(step.status())
          || DanhSachTreHanProcess.isLateList(step.processKey())) {
        continue;
      }
      int[] count = counts.computeIfAbsent(step.unitId(), unit -> new int[2]);
      count[0]++;
      if (step.status() == Timeliness.TRE_HAN) {
        late.add(step);
      } else {
        count[1]++;
      }
    }
    List<UnitRate> rates = counts.entrySet().stream().map(e -> new UnitRate(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    return new UnitSteps(rates, late);
  }

  private static boolean judged(Timeliness status) {
    return status == Timeliness.SOM_HAN || status == Timeliness.DUNG_HAN || status == Timeliness.TRE_HAN;
  }
}
