package vn.kstthc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kstthc.reporting.ReportSeed.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.kstthc.calendar.WorkingDayCalendar;
import vn.kstthc.deadline.Timeliness;

/**
 * The query layer against a data set counted by hand, on one database (H2: {@link
 * ReportQueriesH2Test}, PostgreSQL: {@link ReportQueriesPostgresIT}). The period is the fourth
 * KSTTHC quarter of 2026, 15/09 to 14/12; rows fall on both sides of its first and last day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReportQueriesContract {

  static final LocalDate FIRST = LocalDate.of(2026, 9, 15);
  static final LocalDate LAST = LocalDate.of(2026, 12, 14);

  private ReportQueries queries;
  private DataSource dataSource;

  abstract DataSource database();

  @BeforeAll
  void seed() {
    dataSource = database();
    ReportingProperties properties = new ReportingProperties(null, null);
    queries = new ReportQueries(
        NamedQueries.fromClasspath(ReportingConfiguration.timedJdbc(dataSource, properties)),
        WorkingDayCalendar.standard());
    new ReportSeed(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
        .procedure("gv:1", "giao-viec")
        // HS-1: finished in the period, late; its first step (phong-a) was finished the day before it
        .dossier("I1", "gv:1", "giao-viec", "HS-1", "2026-09-10T08:00", "2026-09-30T17:30", "DAYS",
            "2026-10-01T10:00", "TRE_HAN", 1)
        .finishedStep("T2", "I1", "giao-viec", "HS-1", "phong-a", "2026-09-10T08:00", "2026-09-14T17:30", "DAYS",
            "2026-09-14T17:00", "DUNG_HAN", 0)
        .finishedStep("T1", "I1", "giao-viec", "HS-1", "phong-b", "2026-09-14T17:00", "2026-09-16T17:30", "DAYS",
            "2026-09-15T08:00", "SOM_HAN", 0)
        // HS-2: open; a step finished in the last minute of the period, one at the first minute after it
        .dossier("I2", "gv:1", "giao-viec", "HS-2", "2026-12-01T08:00", "2026-12-11T17:30", "DAYS", null, null, null)
        .finishedStep("T3", "I2", "giao-viec", "HS-2", "phong-b", "2026-12-01T08:00", "2026-12-03T17:30", "DAYS",
            "2026-12-14T23:59", "TRE_HAN", 7)
        .finishedStep("T4", "I2", "giao-viec", "HS-2", "phong-b", "2026-12-04T08:00", "2026-12-11T17:30", "DAYS",
            "2026-12-15T00:00", "TRE_HAN", 2)
        .openStep("T5", "I2", "gv:1", "phong-a", "2026-12-10T08:00", "2026-12-14T17:30", "DAYS")
        // HS-3: open, started near the end of the period
        .dossier("I3", "gv:1", "giao-viec", "HS-3", "2026-12-12T08:00", "2027-01-10T17:30", "DAYS", null, null, null)
        .openStep("T6", "I3", "gv:1", "phong-a", "2026-12-12T08:00", "2026-12-20T17:30", "HOURS")
        .openStep("T7", "I3", "gv:1", "phong-a", "2026-12-16T08:00", "2026-12-18T17:30", "DAYS")
        .openStep("T8", "I3", "gv:1", "phong-b", "2026-12-12T09:00", "2026-12-14T17:30", "HOURS")
        .openStep("T9", "I3", "gv:1", "phong-a", "2026-12-12T10:00", "2026-12-21T17:30", "DAYS")
        .openStep("T10", "I3", "gv:1", "phong-a", "2026-12-12T11:00", "2026-12-21T09:00", "HOURS");
    // the rows are seeded as written before V161 (dossiers without their unit): its backfill fills them
    new org.springframework.jdbc.core.JdbcTemplate(dataSource).update(ReportingTestSupport.dossierUnitBackfill());
  }

  @Test
  void theStoredUnitOfADossierIsTheOneTheFirstStepRuleGaveBeforeV161() {
    // the rule kstthc_report_case applied per row until V161: the unit of the earliest step with a unit
    String firstStepRule = "select o.business_key,"
        + " (select s.unit_id from kstthc_report_step s where s.process_instance_id = o.id and s.unit_id is not null"
        + " order by s.started_at, s.task_id fetch first 1 rows only) as unit_id"
        + " from kstthc_deadline_outcome o where o.kind = 'INSTANCE'";
    org.springframework.jdbc.core.JdbcTemplate jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
    List<List<String>> before = jdbc.query(firstStepRule, (rs, row) -> List.of(rs.getString(1), rs.getString(2)));
    List<List<String>> stored = jdbc.query("select case_number, unit_id from kstthc_report_case",
        (rs, row) -> List.of(rs.getString(1), rs.getString(2)));

    assertThat(before).hasSize(3);
    assertThat(stored).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void stepsOfThePeriodAreThoseFinishedInItAndThoseOpenAtItsEnd() {
    List<StepRow> rows = queries.steps(ReportScope.everyUnit(), FIRST, LAST, at("2027-01-05T09:00").toInstant());

    // T2 was finished the day before the period, T7 created the day after it
    assertThat(rows).extracting(StepRow::taskId).containsExactly("T5", "T6", "T9", "T10", "T1", "T3", "T4", "T8");
    StepRow firstDay = row(rows, "T1");
    assertThat(firstDay.status()).isEqualTo(Timeliness.SOM_HAN);
    assertThat(firstDay.unitId()).isEqualTo("phong-b");
    assertThat(firstDay.caseNumber()).isEqualTo("HS-1");
    assertThat(firstDay.processKey()).isEqualTo("giao-viec");
    assertThat(firstDay.stepName()).isEqualTo("Bước T1");
    assertThat(row(rows, "T3").status()).isEqualTo(Timeliness.TRE_HAN);
    assertThat(row(rows, "T3").workingDaysLate()).isEqualTo(7);
  }

  @Test
  void aStepFinishedAfterThePeriodIsInProgressAtItsEndAndLateByExactlyOneDay() {
    StepRow step = row(queries.steps(ReportScope.everyUnit(), FIRST, LAST, at("2027-01-05T09:00").toInstant()), "T4");

    assertThat(step.done()).isNull();
    assertThat(step.status()).isNull();
    assertThat(step.overdue()).isTrue();
    // due Friday 11/12, the period ends Monday 14/12: one working day
    assertThat(step.workingDaysLate()).isEqualTo(1);
  }

  @Test
  void overdueAtThePeriodsEndByTheKindOfDeadline() {
    List<StepRow> rows = queries.steps(ReportScope.everyUnit(), FIRST, LAST, at("2027-01-05T09:00").toInstant());

    assertThat(row(rows, "T5").overdue()).as("days: its day, the last of the period, has ended").isTrue();
    assertThat(row(rows, "T5").workingDaysLate()).isEqualTo(1);
    assertThat(row(rows, "T8").overdue()).as("hours: 17:30 on the last day has passed").isTrue();
    assertThat(row(rows, "T6").overdue()).as("due after the period").isFalse();
    assertThat(row(rows, "T6").workingDaysLate()).isNull();
  }

  @Test
  void openStepsAreTodaysUnfinishedStepsOfThePeriodQuery() {
    // the soon-late list read today's steps (buoc-trong-ky) and kept the unfinished: the same rows
    ReportScope phongA = ReportScope.ofUnits(Set.of("phong-a"));
    for (ReportScope scope : List.of(ReportScope.everyUnit(), phongA)) {
      // moments after every seeded finish, as now always is
      for (String moment : List.of("2026-12-16T07:00", "2026-12-21T10:00", "2026-12-22T00:00")) {
        java.time.Instant now = at(moment).toInstant();
        LocalDate today = now.atZone(ReportSeed.VIETNAM).toLocalDate();
        List<StepRow> before = queries.steps(scope, today, today, now).stream().filter(r -> r.done() == null).toList();

        assertThat(queries.openSteps(scope, now)).as(moment).isNotEmpty().containsExactlyInAnyOrderElementsOf(before);
      }
    }
  }

  @Test
  void openOverdueStepsNowOldestFirst() {
    List<StepRow> rows = queries.openOverdueSteps(ReportScope.everyUnit(), at("2026-12-21T10:00").toInstant());

    // T9 is due today in days: not overdue before the day ends; T10 in hours at 09:00 is
    assertThat(rows).extracting(StepRow::taskId).containsExactly("T5", "T8", "T7", "T6", "T10");
    assertThat(rows).extracting(StepRow::workingDaysLate).containsExactly(5, 5, 1, 1, 1);
    assertThat(row(rows, "T6").caseNumber()).isEqualTo("HS-3");
    assertThat(row(rows, "T6").unitId()).isEqualTo("phong-a");
    assertThat(row(rows, "T6").due()).isEqualTo(at("2026-12-20T17:30").toInstant());
  }

  @Test
  void aDeadlineInDaysIsNotOverdueBeforeItsDayEnds() {
    // 18:00 on 21/12: past T9's 17:30, but done today is still on time (Điều 148 BLDS 2015)
    assertThat(queries.openOverdueSteps(ReportScope.everyUnit(), at("2026-12-21T18:00").toInstant()))
        .extracting(StepRow::taskId).doesNotContain("T9");
    assertThat(queries.openOverdueSteps(ReportScope.everyUnit(), at("2026-12-22T00:00").toInstant()))
        .extracting(StepRow::taskId).contains("T9");
  }

  @Test
  void aUnitReadsItsOwnRowsOnly() {
    ReportScope phongA = ReportScope.ofUnits(Set.of("phong-a"));

    assertThat(queries.steps(phongA, FIRST, LAST, at("2027-01-05T09:00").toInstant()))
        .extracting(StepRow::taskId).containsExactly("T5", "T6", "T9", "T10");
    assertThat(queries.openOverdueSteps(phongA, at("2026-12-21T10:00").toInstant()))
        .extracting(StepRow::unitId).containsOnly("phong-a");
    assertThat(queries.cases(phongA, FIRST, LAST, at("2027-01-05T09:00").toInstant()))
        .extracting(CaseRow::caseNumber).containsExactly("HS-1", "HS-3");
  }

  @Test
  void aUnitWithNoActivityReadsNothing() {
    ReportScope idle = ReportScope.ofUnits(Set.of("phong-c"));

    assertThat(queries.steps(idle, FIRST, LAST, at("2027-01-05T09:00").toInstant())).isEmpty();
    assertThat(queries.openOverdueSteps(idle, at("2026-12-21T10:00").toInstant())).isEmpty();
    assertThat(queries.cases(idle, FIRST, LAST, at("2027-01-05T09:00").toInstant())).isEmpty();
  }

  @Test
  void dossiersCarryTheUnitOfTheirFirstStep() {
    List<CaseRow> rows = queries.cases(ReportScope.everyUnit(), FIRST, LAST, at("2027-01-05T09:00").toInstant());

    assertThat(rows).extracting(CaseRow::caseNumber, CaseRow::unitId)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("HS-1", "phong-a"),
            org.assertj.core.groups.Tuple.tuple("HS-2", "phong-b"),
            org.assertj.core.groups.Tuple.tuple("HS-3", "phong-a"));
    CaseRow late = rows.stream().filter(c -> c.caseNumber().equals("HS-1")).findFirst().orElseThrow();
    assertThat(late.status()).isEqualTo(Timeliness.TRE_HAN);
    assertThat(late.workingDaysLate()).isEqualTo(1);
    CaseRow open = rows.stream().filter(c -> c.caseNumber().equals("HS-2")).findFirst().orElseThrow();
    assertThat(open.overdue()).isTrue();
    assertThat(open.workingDaysLate()).isEqualTo(1);
  }

  @Test
  void whileThePeriodRunsOverdueIsJudgedNow() {
    // on 11/12 at 18:00 the period still runs: T5 (due 14/12) and T8 are not overdue yet
    List<StepRow> rows = queries.steps(ReportScope.everyUnit(), FIRST, LAST, at("2026-12-11T18:00").toInstant());

    assertThat(rows).filteredOn(StepRow::overdue).isEmpty();
  }

  private static StepRow row(List<StepRow> rows, String taskId) {
    return rows.stream().filter(r -> r.taskId().equals(taskId)).findFirst().orElseThrow();
  }
}
