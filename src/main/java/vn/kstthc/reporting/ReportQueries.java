package vn.kstthc.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.DeadlineKind;
import vn.kstthc.deadline.Timeliness;

/**
 * The query layer of reports: steps and dossiers with their unit, over a period or open now, read
 * through the {@link NamedQueries} and always within a {@link ReportScope}. Only the working days an
 * open step is late are counted here, per row, from the calendar (holidays are data the database
 * does not hold).
 */
@Service
public class ReportQueries {

  static final String STEPS_IN_PERIOD = "buoc-trong-ky";
  static final String OPEN_OVERDUE_STEPS = "buoc-qua-han-dang-mo";
  static final String OPEN_STEPS = "buoc-dang-mo";
  static final String CASES_IN_PERIOD = "ho-so-trong-ky";

  private final NamedQueries queries;
  private final WorkingDayCalendar calendar;

  public ReportQueries(NamedQueries queries, WorkingDayCalendar calendar) {
    this.queries = queries;
    this.calendar = calendar;
  }

  /**
   * Steps finished from {@code first} to {@code last} (whole days, Vietnam's time) and steps in
   * progress at the end of that day; overdue is judged at the period's end, or at {@code now} while
   * the period runs.
   */
  public List<StepRow> steps(ReportScope scope, LocalDate first, LocalDate last, Instant now) {
    if (scope.isEmpty()) {
      return List.of();
    }
    Moment asOf = Moment.of(earlier(endOf(last), now), zone());
    return queries.query(STEPS_IN_PERIOD, period(scope, first, last, asOf), (rs, row) -> step(rs, asOf));
  }

  /** Open steps past their deadline at {@code now}, oldest deadline first. */
  public List<StepRow> openOverdueSteps(ReportScope scope, Instant now) {
    if (scope.isEmpty()) {
      return List.of();
    }
    Moment asOf = Moment.of(now, zone());
    return queries.query(OPEN_OVERDUE_STEPS, scoped(scope, asOf), (rs, row) -> step(rs, asOf));
  }

  /** Steps open at {@code now}, overdue judged then: today's unfinished rows of {@link #steps}. */
  public List<StepRow> openSteps(ReportScope scope, Instant now) {
    if (scope.isEmpty()) {
      return List.of();
    }
    Moment asOf = Moment.of(now, zone());
    LocalDate today = now.atZone(zone()).toLocalDate();
    return queries.query(OPEN_STEPS, period(scope, today, today, asOf), (rs, row) -> step(rs, asOf));
  }

  /** Dossiers finished in the period and those in progress at its end, as {@link #steps}. */
  public List<CaseRow> cases(ReportScope scope, LocalDate first, LocalDate last, Instant now) {
    if (scope.isEmpty()) {
      return List.of();
    }
    Moment asOf = Moment.of(earlier(endOf(last), now), zone());
    return queries.query(CASES_IN_PERIOD, period(scope, first, last, asOf), (rs, row) -> {
      Timeliness status = timeliness(rs.getString("status"));
      boolean overdue = rs.getInt("overdue") == 1;
      Instant due = instant(rs.getTimestamp("due_at"));
      return new CaseRow(
          rs.getString("process_instance_id"),
          rs.getString("process_key"),
          rs.getString("case_number"),
          rs.getString("process_name"),
          rs.getString("unit_id"),
          rs.getString("started_by"),
          instant(rs.getTimestamp("started_at")),
          due,
          kind(rs.getString("due_kind")),
          instant(rs.getTimestamp("finished_at")),
          status,
          overdue,
          daysLate(rs, status, overdue, due, asOf));
    });
  }

  /**
   * The moment a report looks at, and the start of its day: a deadline in days is overdue once the
   * day it falls on has ended, one in hours once its minute has passed.
   */
  record Moment(Instant at, Instant dayStart, LocalDate day) {
    static Moment of(Instant at, ZoneId zone) {
      // the day the moment belongs to: the period's last day for its end (midnight after it)
      LocalDate day = at.minusNanos(1).atZone(zone).toLocalDate();
      return new Moment(at, at.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant(), day);
    }
  }

  private Map<String, Object> period(ReportScope scope, LocalDate first, LocalDate last, Moment asOf) {
    Map<String, Object> parameters = scoped(scope, asOf);
    parameters.put("from", Timestamp.from(first.atStartOfDay(zone()).toInstant()));
    parameters.put("to", Timestamp.from(endOf(last)));
    return parameters;
  }

  private static Map<String, Object> scoped(ReportScope scope, Moment asOf) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("asOf", Timestamp.from(asOf.at()));
    parameters.put("asOfDayStart", Timestamp.from(asOf.dayStart()));
    parameters.put("allUnits", scope.allUnits() ? 1 : 0);
    // "in ()" is no SQL: a supervisor's query still needs one (ignored) entry
    parameters.put("units", scope.allUnits() ? List.of("") : List.copyOf(scope.units()));
    return parameters;
  }

  private StepRow step(ResultSet rs, Moment asOf) throws SQLException {
    Timeliness status = timeliness(rs.getString("status"));
    boolean overdue = rs.getInt("overdue") == 1;
    Instant due = instant(rs.getTimestamp("due_at"));
    return new StepRow(
        rs.getString("task_id"),
        rs.getString("process_instance_id"),
        rs.getString("process_key"),
        rs.getString("case_number"),
        rs.getString("step_id"),
        rs.getString("step_name"),
        rs.getString("unit_id"),
        rs.getString("officer_id"),
        instant(rs.getTimestamp("started_at")),
        due,
        kind(rs.getString("due_kind")),
        instant(rs.getTimestamp("finished_at")),
        status,
        overdue,
        daysLate(rs, status, overdue, due, asOf));
  }

  /**
   * As judged when finished; for an overdue step, as {@code OutcomeRecorder} would judge it if it
   * were finished at the moment asked about (at least 1); null for a step in progress in time.
   */
  private Integer daysLate(ResultSet rs, Timeliness status, boolean overdue, Instant due, Moment asOf)
      throws SQLException {
    if (status != null) {
      Number late = (Number) rs.getObject("working_days_late");
      return late == null ? null : late.intValue();
    }
    if (!overdue) {
      return null;
    }
    return Math.max(1, calendar.workingDaysBetween(due.atZone(zone()).toLocalDate(), asOf.day()));
  }

  private Instant endOf(LocalDate last) {
    return last.plusDays(1).atStartOfDay(zone()).toInstant();
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private ZoneId zone() {
    return calendar.officeHours().zone();
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static DeadlineKind kind(String name) {
    return name == null ? null : DeadlineKind.valueOf(name);
  }

  private static Timeliness timeliness(String name) {
    return name == null ? null : Timeliness.valueOf(name);
  }
}
